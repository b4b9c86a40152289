package org.kpidocs.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF verdicts for tests: PDF/A-3a and PDF/UA-1, with the failed rules spelled out. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failed rules of one flavour, e.g. "7.1-3: ..."; empty when compliant. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            return List.of("not parseable: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> pdfA3(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_3_A);
    }

    public static List<String> pdfUa1(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }
}
