/**
 * The engine-neutral model of a paper: what every later stage reads and writes.
 *
 * <p>A {@link nl.koers.document.Document} holds the cleaned text, an {@link
 * nl.koers.document.OffsetMap} back to the original, {@link nl.koers.document.Segment}s and typed
 * {@link nl.koers.document.Annotation}s. All spans are half-open UTF-16 offsets over the cleaned
 * text, so every claim Koers makes can show its quote.
 *
 * <h2>Glossary of Dutch terms of art</h2>
 *
 * <ul>
 *   <li><b>Kamerstuk</b>: a parliamentary paper, numbered within a dossier ({@code 21 501-02, nr.
 *       2976}).
 *   <li><b>kst-id</b>: the officielebekendmakingen identifier {@code kst-<dossier>-<number>}, e.g.
 *       {@code kst-21501-02-2976}.
 *   <li><b>dossier</b> (kamerstukdossier): the series a paper belongs to, e.g. {@code 21501-02}
 *       (Raad Algemene Zaken en Raad Buitenlandse Zaken).
 *   <li><b>motie</b>: a motion by members of parliament; <b>verzoek</b>: a member's request.
 *   <li><b>toezegging</b>: a commitment made by the government to parliament.
 *   <li><b>RBZ/RAZ</b>: Raad Buitenlandse Zaken / Raad Algemene Zaken (Foreign Affairs / General
 *       Affairs Council).
 * </ul>
 */
package nl.koers.document;
