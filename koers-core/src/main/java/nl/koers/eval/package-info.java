/**
 * Eval: extraction records in, accuracy out. {@link nl.koers.eval.ExtractionRecord} turns a
 * document into the gold schema of ../shared/corpus/README.md; {@link nl.koers.eval.Evaluator}
 * scores records against gold lines.
 */
package nl.koers.eval;
