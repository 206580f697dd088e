/**
 * Read: bytes of a file in, {@link nl.koers.read.SourceText} out (decoded text, an offset map to
 * the original, structure hints such as Markdown headings). {@link nl.koers.read.ReaderRegistry}
 * picks a reader by content and name; a file no reader accepts is "unsupported", not an error.
 */
package nl.koers.read;
