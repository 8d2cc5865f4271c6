package org.entente.platform;

/**
 * One reason a request was refused, naming the field (as a JSON path such as {@code locations[1].coordinates})
 * and the rule it broke.
 */
public record FieldProblem(String field, String rule, String message) {
}
