package org.entente.platform.internal;

import java.beans.PropertyEditorSupport;
import java.util.function.LongFunction;

import org.entente.platform.DecimalNumber;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole-number request parameters ({@code limit} of the lists) in decimal digits only. Spring reads
 * {@code 0x10} and {@code #10} as 16 (Integer.decode) and digits of every script; it falls back to that reading
 * even when a stricter converter refused, so the stricter reading is a custom editor, which it asks first. A value
 * that is not one is a wrong type: 400 naming the parameter.
 */
@ControllerAdvice
class WholeNumberParameters {

	@InitBinder
	void wholeNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new WholeNumberEditor((whole) -> Math.toIntExact(whole)));
		binder.registerCustomEditor(Long.class, new WholeNumberEditor((whole) -> whole));
	}

	private static final class WholeNumberEditor extends PropertyEditorSupport {

		private final LongFunction<Object> type;

		WholeNumberEditor(LongFunction<Object> type) {
			this.type = type;
		}

		@Override
		public void setAsText(String text) {
			if (text == null) {
				setValue(null);
				return;
			}
			try {
				setValue(this.type.apply(DecimalNumber.parseWhole(text.strip())));
			}
			catch (ArithmeticException | NumberFormatException exception) {
				throw new IllegalArgumentException("not a whole number in decimal digits: " + text, exception);
			}
		}

	}

}
