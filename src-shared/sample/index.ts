/** The sample book for the first run, and a big synthetic book for tests and benchmarks. */
export { generateSampleBook, SAMPLE_BASE_DATE, SAMPLE_SIZE, type SampleBook, type SampleBookOptions, type SampleInteraction } from './sampleBook';
export { generateBigBook, BIG_BOOK_BASE_DATE } from './bigBook';
