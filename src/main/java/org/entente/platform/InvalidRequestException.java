package org.entente.platform;

import java.util.List;

/** A request that breaks one or more field rules: answered 422 with every problem listed. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidRequestException(String field, String rule, String message) {
		this(List.of(new FieldProblem(field, rule, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static String summary(List<FieldProblem> problems) {
		if (problems.size() == 1) {
			return problems.get(0).field() + ": " + problems.get(0).message();
		}
		return problems.size() + " fields are invalid";
	}

}
