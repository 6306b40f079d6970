package retention.batch.features.clv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The two fitted models of a customer base, with the number of customers each was fitted on.
 *
 * @param bgNbd           purchase and dropout model, fitted on every customer
 * @param gammaGamma      spend model, fitted on the customers with repeat purchases
 * @param customers       number of customers behind the BG/NBD fit
 * @param repeatCustomers number of customers (x &gt; 0) behind the Gamma-Gamma fit
 */
public record FitResult(BgNbdModel bgNbd, GammaGammaModel gammaGamma, long customers, long repeatCustomers) {

    /** Fits both models to a customer summary, such as the one {@link SummaryFile#read} returns. */
    public static FitResult fit(Collection<CustomerSummary> summary) {
        List<CustomerHistory> histories = new ArrayList<>(summary.size());
        List<SpendHistory> spends = new ArrayList<>();
        for (CustomerSummary customer : summary) {
            histories.add(customer.history());
            if (customer.history().x() > 0) {
                spends.add(customer.spend());
            }
        }
        return new FitResult(BgNbdFitter.fit(histories), GammaGammaFitter.fit(spends), histories.size(),
                spends.size());
    }

    /** A calculator over {@code horizon} time units (the unit of the summary), undiscounted. */
    public ClvCalculator calculator(double horizon) {
        return new ClvCalculator(bgNbd, gammaGamma, horizon);
    }

    /**
     * The one-line summary the CLI prints, four decimals whatever the locale, e.g.
     * {@code r=0.2426 alpha=4.4136 a=0.7929 b=2.4259 p=6.2488 q=3.7442 gamma=15.4426}.
     */
    public String summaryLine() {
        return String.format(Locale.ROOT, "r=%.4f alpha=%.4f a=%.4f b=%.4f p=%.4f q=%.4f gamma=%.4f",
                bgNbd.r(), bgNbd.alpha(), bgNbd.a(), bgNbd.b(),
                gammaGamma.p(), gammaGamma.q(), gammaGamma.gamma());
    }
}
