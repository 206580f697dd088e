/**
 * Reference annotators: citations of other Kamerstukken, Council and summit meetings, motions,
 * members' requests, and other references (EU Council documents, UN Security Council resolutions,
 * Handelingen), each normalised and linked to its evidence span.
 */
package nl.koers.annotate.reference;
