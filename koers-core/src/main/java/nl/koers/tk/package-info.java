/**
 * Tweede Kamer open data, read from files a user downloaded (OData v4 JSON, SyncFeed Atom): records
 * of documents, cases (zaken), decisions, votes and commitments (toezeggingen), kept in the data
 * folder and linked to ingested papers by kst id, so a motion shows its vote and a commitment its
 * status.
 */
package nl.koers.tk;
