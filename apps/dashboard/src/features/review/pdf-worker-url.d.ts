/** Vite's `?url` import of pdf.js's worker: the URL of the worker file it emits next to the bundle. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
