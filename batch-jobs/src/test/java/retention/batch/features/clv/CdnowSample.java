package retention.batch.features.clv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The CDNOW sample of Fader, Hardie &amp; Lee (2,357 customers, weeks), loaded once from the test resources. */
final class CdnowSample {

    /** Published BG/NBD estimates (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"). */
    static final BgNbdModel PUBLISHED_BG_NBD = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

    /** Published Gamma-Gamma estimates (Fader, Hardie &amp; Lee 2005, "RFM and CLV"). */
    static final GammaGammaModel PUBLISHED_GAMMA_GAMMA = new GammaGammaModel(6.25, 3.74, 15.44);

    private static List<CustomerSummary> customers;

    private CdnowSample() {
    }

    static Path path() {
        try {
            return Path.of(Objects.requireNonNull(CdnowSample.class.getResource("/cdnow_sample_summary.csv")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized List<CustomerSummary> customers() {
        if (customers == null) {
            try {
                customers = List.copyOf(SummaryFile.read(path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return customers;
    }

    static List<CustomerHistory> histories() {
        return customers().stream().map(CustomerSummary::history).toList();
    }

    static List<SpendHistory> spends() {
        return customers().stream().map(CustomerSummary::spend).toList();
    }
}
