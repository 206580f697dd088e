/** Segment: cleaned paragraphs in, sentence segments out. */
package nl.koers.segment;
