/**
 * Annotate: an {@link nl.koers.annotate.AnnotatedText} (cleaned text and segments) in, typed {@link
 * nl.koers.document.Annotation}s out. Each {@link nl.koers.annotate.Annotator} declares what it
 * requires and produces; {@link nl.koers.annotate.AnnotatorPipeline} checks the order when it is
 * built.
 */
package nl.koers.annotate;
