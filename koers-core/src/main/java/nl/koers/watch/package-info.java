/**
 * Watches: standing searches that report what is new in the index. In: a data folder's index
 * (papers with their ingest time) and {@code DATA/watches.json}. Out: per watch the papers that
 * entered the index since its last run ({@link nl.koers.watch.WatchRunner}), delivered as an Atom
 * feed ({@link nl.koers.watch.AtomFeed}), a signed webhook post ({@link nl.koers.watch.Webhook})
 * or, in koers-app, an e-mail digest.
 */
package nl.koers.watch;
