/**
 * Metadata annotators: a paper's header (kst-id, dossier, number, heading), kind, date, signatories
 * and author role, read from the text alone as a parliamentary clerk would.
 */
package nl.koers.annotate.metadata;
