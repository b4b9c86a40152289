package org.kpidocs.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes the text of a {@link Figure} as text in the document's embedded fonts, right-to-left scripts
 * included.
 *
 * <p>pdfbox-graphics2d refuses to write a string with a right-to-left character as text (it cannot
 * reorder or shape) and draws it as outlines through Java2D's {@code TextLayout} instead, which
 * reorders it a second time. Figures ({@code org.kpidocs.chart}) hand over strings already in visual
 * order with Arabic shaped to presentation forms, exactly as openhtmltopdf does for the document's
 * own text, so they can be written glyph after glyph. Strings with explicit bidi controls, or with a
 * character the font cannot show, still go the outline way. Fonts are resolved as openhtmltopdf's
 * own drawer does: by family and weight among the faces of the render.
 */
final class FigureTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final RenderingContext context;

    FigureTextDrawer(RenderingContext context) {
        this.context = context;
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws java.io.IOException, java.awt.FontFormatException {
        for (char c = iterator.first(); c != CharacterIterator.DONE; ) {
            Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
            if (font == null) {
                font = env.getFont();
            }
            if (mapFont(font, env) == null || iterator.getAttribute(TextAttribute.BACKGROUND) != null) {
                return false;
            }
            int end = iterator.getRunLimit();
            StringBuilder run = new StringBuilder();
            for (; iterator.getIndex() < end; c = iterator.next()) {
                run.append(c);
            }
            String text = run.toString();
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                if (isBidiControl(cp) || !font.canDisplay(cp)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isBidiControl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        FontSpecification spec = new FontSpecification();
        spec.size = font.getSize();
        spec.families = new String[] {font.getFamily()};
        spec.fontStyle = font.isItalic() ? IdentValue.ITALIC : IdentValue.NORMAL;
        spec.fontWeight = font.isBold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        FSFont resolved = context.getFont(spec);
        if (!(resolved instanceof PdfBoxFSFont f)) {
            return null;
        }
        List<PdfBoxFontResolver.FontDescription> faces = f.getFontDescriptions();
        if (faces.isEmpty()) {
            return null;
        }
        PDFont pd = faces.get(0).getFont();
        // openhtmltopdf answers an unknown family with its built-in Times, which PDF/A cannot embed
        return pd == null || (faces.size() == 1 && "Times-Roman".equals(pd.getName())) ? null : pd;
    }
}
