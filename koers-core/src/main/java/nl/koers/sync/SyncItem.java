package nl.koers.sync;

import java.net.URI;

/**
 * One file a source lists: where it is, what Koers will call it on disk, and the source's own
 * version marker (the Kamer's {@code GewijzigdOp}, KOOP's {@code dcterms:modified}), which lets a
 * rerun skip it without a request.
 *
 * @param key unique across sources ({@code tk:Document/<guid>}, {@code koop:kst-21501-02-3101})
 * @param source which source listed it
 * @param url the file itself
 * @param fileName the name under {@code DATA/sync/files/<source>/}
 * @param sidecarUrl the KOOP {@code metadata.xml} to store beside it, or null
 * @param version the source's version marker, or null when it gives none
 * @param xml whether the file must be well-formed XML (KOOP), else a document file (PDF, DOCX)
 */
public record SyncItem(
    String key,
    SyncOptions.Source source,
    URI url,
    String fileName,
    URI sidecarUrl,
    String version,
    boolean xml) {}
