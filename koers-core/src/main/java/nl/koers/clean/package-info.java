/**
 * Clean: {@link nl.koers.read.SourceText} in, {@link nl.koers.clean.CleanText} out. Joins words
 * broken at line ends, re-flows hard-wrapped lines into paragraphs, and moves page footers and
 * footnotes out of the running text into their own segments, keeping every offset mappable to the
 * original.
 */
package nl.koers.clean;
