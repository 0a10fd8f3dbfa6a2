// Eleventy ships no type declarations; this is the part of its API the benchmark uses.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean });
    write(): Promise<unknown>;
  }
}
