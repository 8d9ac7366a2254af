package org.claimtrail.console.web;

import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Quantities as the pages show them (templates: {@code ${@consoleQuantities.interval(q)}}). */
@Component("consoleQuantities")
public class Quantities {

    /** "at least 3,000 soldiers". */
    public String describe(Quantity q) {
        return q == null ? "" : QuantityText.describe(q);
    }

    /** The interval it means: "[3000, ∞)", "[1350, 1650]". */
    public String interval(Quantity q) {
        if (q == null) {
            return "";
        }
        return (q.lower() == null ? "(−∞" : "[" + plain(q.lower())) + ", "
                + (q.upper() == null ? "∞)" : plain(q.upper()) + "]");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
