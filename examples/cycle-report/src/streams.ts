/**
 * Makes a broken pipe on an output stream end the program quietly. When the reader of stdout
 * goes away early, as with `| head -1`, Node.js emits `EPIPE` on the stream, which is an
 * unhandled error with a stack trace unless someone listens for it.
 *
 * @param stream - stdout or stderr.
 * @param exit - Called on `EPIPE`. Default: exits the process with the status set so far.
 * @throws Nothing itself; any error other than `EPIPE` is thrown again from the listener.
 * @example
 * ```ts
 * exitQuietlyOnBrokenPipe(process.stdout);
 * ```
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.EventEmitter, exit: () => void = () => process.exit()): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      exit();
      return;
    }
    throw error;
  });
}
