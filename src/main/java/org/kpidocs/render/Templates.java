package org.kpidocs.render;

import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kpidocs.i18n.Messages;

/**
 * The FreeMarker side of the engine: one configuration for the whole application, set up for
 * untrusted data as the stack and security references prescribe. Templates are trusted code loaded
 * from the jar only ({@code /report-templates/}); data is escaped automatically ({@code .ftlx}), the
 * {@code ?new} and {@code ?api} built-ins are off, and template errors are rethrown, never printed
 * into a document.
 */
public final class Templates {

    private final Configuration config;
    private final Messages messages;

    /**
     * @param messages the bundle that templates read through {@code msg("key", args…)}
     */
    public Templates(Messages messages) {
        this.messages = messages;
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setClassForTemplateLoading(Templates.class, "/report-templates");
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Numbers reach templates pre-formatted; any stray number prints in a locale-independent form.
        c.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        this.config = c;
    }

    /**
     * Processes a template with a data model of records, lists, maps and scalars.
     *
     * @param name   path under {@code report-templates/}, e.g. {@code report/verification-report.ftlx}
     * @param model  the data; exposed to the template as {@code doc}
     * @param locale the language of the words, for {@code msg}
     * @param target "pdf" or "html", exposed as {@code target} so one template serves both
     */
    public String process(String name, Object model, Locale locale, String target) {
        Map<String, Object> root = new HashMap<>();
        root.put("doc", model);
        root.put("target", target);
        root.put("lang", locale.toLanguageTag());
        root.put("fonts", FontSet.cssChain(locale));
        // Page numbers in the digits of the text: CSS counter styles are locale-independent otherwise.
        root.put("digits", "arab".equals(locale.getUnicodeLocaleType("nu")) ? "arabic-indic" : "decimal");
        root.put("msg", new MessageMethod(messages, locale));
        root.put("num", new NumberMethod(locale));
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter(64 * 1024);
            template.process(root, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new RenderException("Template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * {@code num(n)}: a whole number as text in the locale's digits, without grouping (section numbers:
     * "3", or "٣" when the locale asks for Arabic-Indic digits with {@code -u-nu-arab}).
     */
    private record NumberMethod(Locale locale) implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1) {
                throw new TemplateModelException("num needs one number");
            }
            Object n = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
            if (!(n instanceof Number number)) {
                throw new TemplateModelException("num needs a number, not " + n);
            }
            com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getIntegerInstance(
                    com.ibm.icu.util.ULocale.forLocale(locale));
            f.setGroupingUsed(false);
            return f.format(number.longValue());
        }
    }

    /** {@code msg("key", arg…)}: the bundle's text for the locale, arguments escaped like any data. */
    private record MessageMethod(Messages messages, Locale locale) implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("msg needs a key");
            }
            List<String> args = new ArrayList<>();
            for (int i = 1; i < arguments.size(); i++) {
                args.add(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i))));
            }
            String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
            if (!messages.has(key)) {
                throw new TemplateModelException("No message \"" + key + "\" in the document bundle");
            }
            return messages.format(locale, key, args);
        }
    }
}
