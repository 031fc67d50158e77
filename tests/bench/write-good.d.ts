// write-good ships no types; the benchmark only needs its main call.
declare module 'write-good' {
  export default function writeGood(text: string): Array<{ index: number; offset: number; reason: string }>;
}
