package org.kpidocs.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XHTML to PDF/A-3a + PDF/UA-1 with openhtmltopdf: a new builder per render, shared font bytes and
 * font-metrics cache, no network and no file access, and output that depends only on its inputs.
 * Thread-safe; renders run in parallel.
 */
public final class PdfRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String PRODUCER = "kpidocs";

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private final FontSet fonts;
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();
    private final RenderLimits limits;
    private final RenderPool pool;
    private final RenderObserver observer;

    /** A renderer without limits, rendering on the caller's thread: for the command line and tests. */
    public PdfRenderer(FontSet fonts) {
        this(fonts, RenderLimits.NONE, RenderObserver.NONE);
    }

    /**
     * A renderer for the service: renders run on a bounded pool and within the limits.
     *
     * @param observer told of every render, e.g. for metrics
     */
    public PdfRenderer(FontSet fonts, RenderLimits limits, RenderObserver observer) {
        this.fonts = fonts;
        this.limits = limits;
        this.pool = limits == RenderLimits.NONE ? null : new RenderPool(limits);
        this.observer = observer;
        fonts.registerWithJava2d();
    }

    /** Renders waiting for a render thread (0 without a pool). */
    public int queued() {
        return pool == null ? 0 : pool.queued();
    }

    /** Renders in progress on the pool (0 without a pool). */
    public int active() {
        return pool == null ? 0 : pool.active();
    }

    /**
     * Stops taking renders and waits up to {@code grace} for the ones in progress and queued to
     * finish, so that a shutdown does not cut a running render off.
     *
     * @return whether every render finished in time
     */
    public boolean shutdown(java.time.Duration grace) throws InterruptedException {
        return pool == null || pool.shutdown(grace);
    }

    /**
     * Checks every string of a document's model (and of {@code more}: its metadata, chart specs)
     * against the font chain; call it before rendering. Cheap: no layout, a few milliseconds for a
     * long report.
     *
     * @param sourceJson the dataset the model was made from, to name the place to fix; null if none
     * @throws UncoveredTextException when a character is in none of the fonts
     * @see FontCoverage
     */
    public void requirePrintable(String sourceJson, Object model, Object... more) {
        fonts.coverage().require(sourceJson, model, more);
    }

    /** What the font chain can print. */
    public FontCoverage coverage() {
        return fonts.coverage();
    }

    /**
     * Renders one document.
     *
     * @param xhtml       well-formed XHTML from {@link Templates}
     * @param metadata    title, language, date and identity of the document
     * @param figures     drawings placed by {@code <object type="application/x-figure" id="…">}
     * @param attachments files embedded as PDF/A-3 associated files
     * @return the PDF
     * @throws RenderException when layout fails or the document asks for a resource it may not have
     */
    public byte[] render(String xhtml, PdfMetadata metadata, Map<String, Figure> figures, List<Attachment> attachments) {
        try {
            long start = System.nanoTime();
            int[] pages = new int[1];
            byte[] pdf = pool == null ? renderNow(xhtml, metadata, figures, attachments, pages)
                    : pool.run(() -> renderNow(xhtml, metadata, figures, attachments, pages));
            observer.rendered(metadata.kind(), java.time.Duration.ofNanos(System.nanoTime() - start), pages[0], pdf.length);
            return pdf;
        } catch (RenderRefusedException e) {
            observer.refused(metadata.kind(), e.reason() == RenderRefusedException.Reason.BUSY ? "busy" : "timed-out");
            throw e;
        } catch (DocumentTooLongException e) {
            observer.refused(metadata.kind(), "too-long");
            throw e;
        }
    }

    private byte[] renderNow(String xhtml, PdfMetadata metadata, Map<String, Figure> figures,
                             List<Attachment> attachments, int[] pageCount) {
        List<String> refused = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            describe(doc, metadata);
            PdfRendererBuilder builder = builder(xhtml, doc, figures, refused);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                // Checked between layout and painting: painting and saving are most of the cost.
                int pages = renderer.getRootBox().getLayer().getPages().size();
                if (pages > limits.maxPages()) {
                    throw new DocumentTooLongException(metadata.title(), pages, limits.maxPages());
                }
                pageCount[0] = pages;
                if (Thread.currentThread().isInterrupted()) {
                    throw new RenderException("Render of \"" + metadata.title() + "\" abandoned after its time limit");
                }
                renderer.createPDFWithoutClosing();
            }
            // openhtmltopdf stamps its own producer and dates; restore ours so the bytes stay reproducible.
            describe(doc, metadata);
            stampXmpDates(doc, calendar(metadata));
            attach(doc, attachments, calendar(metadata));
            doc.getDocument().setDocumentID(fileId(metadata.identity()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            if (!refused.isEmpty()) {
                LOG.warn("Refused {} resource request(s) while rendering \"{}\": {}", refused.size(),
                        metadata.title(), refused);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderException("Cannot write PDF \"" + metadata.title() + "\"", e);
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderException("Layout of \"" + metadata.title() + "\" failed: " + e.getMessage(), e);
        }
    }

    private PdfRendererBuilder builder(String xhtml, PDDocument doc, Map<String, Figure> figures, List<String> refused) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.usePDDocument(doc);
        b.withHtmlContent(RightToLeftTables.mirror(xhtml), "about:blank");
        b.withProducer(PRODUCER);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(SRGB);
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        fonts.install(b, doc, xhtml);
        ResourceGuard guard = new ResourceGuard(refused::add);
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.useHttpStreamImplementation(ResourceGuard.NO_STREAMS);
        b.useProtocolsStreamImplementation(ResourceGuard.NO_STREAMS, "file", "jar", "ftp", "res", "classpath");
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(FigureDrawer.TYPE, new FigureDrawer(figures));
        b.useObjectDrawerFactory(drawers);
        return b;
    }

    private static void describe(PDDocument doc, PdfMetadata m) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(m.author());
        info.setSubject(m.subject());
        info.setKeywords(m.keywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar(m));
        info.setModificationDate(calendar(m));
    }

    /**
     * openhtmltopdf writes the XMP packet with the current time as xmp:CreateDate; PDF/A requires the
     * XMP dates to match the Info dictionary, and reproducible output requires both to come from the
     * inputs. Everything else in its packet (PDF/A and PDF/UA identification, extension schemas) stays.
     */
    private static void stampXmpDates(PDDocument doc, Calendar date) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) {
            throw new RenderException("The PDF has no XMP metadata; PDF/A conformance is not active");
        }
        try {
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata replaced = new PDMetadata(doc);
            replaced.importXMPMetadata(out.toByteArray());
            doc.getDocumentCatalog().setMetadata(replaced);
        } catch (XmpParsingException | TransformerException e) {
            throw new RenderException("Cannot rewrite the XMP metadata", e);
        }
    }

    /** Embeds each attachment as a PDF/A-3 associated file of the whole document (ISO 19005-3 §6.8). */
    private static void attach(PDDocument doc, List<Attachment> attachments, Calendar date) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (Attachment a : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.content()), COSName.FLATE_DECODE);
            file.setSubtype(a.mimeType());
            file.setSize(a.content().length);
            file.setCreationDate(date);
            file.setModDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.fileName());
            spec.setFileUnicode(a.fileName());
            spec.setFileDescription(a.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship());
            byName.put(a.fileName(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static Calendar calendar(PdfMetadata m) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(m.created().toEpochMilli());
        return c;
    }

    /** The trailer /ID: derived from the inputs, where PDFBox would otherwise hash the current time. */
    private static COSArray fileId(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(identity.getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
