/**
 * The whole journey of one file: read → clean → segment → annotate → {@link
 * nl.koers.document.Document}, with a per-file {@link nl.koers.pipeline.Outcome} instead of an
 * exception for bad input.
 */
package nl.koers.pipeline;
