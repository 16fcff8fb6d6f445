package io.smp.engine.output;

import io.smp.engine.image.RgbImage;
import io.smp.engine.io.ImageEncoder;
import io.smp.engine.io.OutputFormat;
import io.smp.engine.preview.PreviewResult;
import io.smp.engine.preview.SettingText;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML file for a consultant to show or send: before and after embedded as JPEG data URIs, a
 * before/after slider that works with mouse, touch and keyboard, the settings, scale and treated area, and a
 * note that the after-image is a simulation. It references nothing outside itself, so it opens offline, from a
 * mail attachment, on a phone.
 */
public final class HtmlPage {
    /** Long side of the embedded images: sharp on a tablet, a few MB at most. */
    static final int MAX_SIDE = 2048;

    private HtmlPage() {
    }

    /**
     * @param before the photo as shown on the left of the slider
     * @param after  the simulated result
     * @param title  what the page is about (usually the input's file name)
     * @param mark   whether to show the "Simulated preview" badge on the image (the note below is always shown)
     */
    public static byte[] render(RgbImage before, RgbImage after, PreviewResult r, String title, boolean mark) {
        RgbImage b = Downscale.fit(before, MAX_SIDE), a = Downscale.fit(after, MAX_SIDE);
        Map<String, String> facts = new LinkedHashMap<>();
        var s = r.settings();
        var scale = r.segmentation().scale();
        facts.put("Style", s.style().id());
        facts.put("Density", String.format(Locale.ROOT, "%.0f dots/cm\u00b2 requested, %.1f achieved", s.densityPerCm2(), r.achievedDensityPerCm2()));
        facts.put("Dot size", String.format(Locale.ROOT, "%.2f mm (%s)", r.dotDiameterMm(), s.stage().id()));
        facts.put("Shade", r.shade().name() + " " + r.shade().hex());
        facts.put("Session", s.session() + " of 3");
        facts.put("Scale", String.format(Locale.ROOT, "%.1f px/cm from %s (\u00b1%.0f%%)", scale.pxPerCm(), scale.source().id(), scale.uncertainty() * 100));
        facts.put("Treated area", String.format(Locale.ROOT, "%.0f cm\u00b2, %d dots", r.treatedAreaCm2(), r.dots().size()));
        facts.put("View", r.segmentation().view().id());
        facts.put("Seed", Long.toString(s.seed()));
        String settingsLine = SettingText.of(s).entrySet().stream()
                .map(e -> "--" + e.getKey() + " " + e.getValue()).reduce((x, y) -> x + " " + y).orElse("");
        return page(dataUri(b), dataUri(a), b.width(), b.height(), title, facts, settingsLine, mark).getBytes(StandardCharsets.UTF_8);
    }

    private static String dataUri(RgbImage image) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(ImageEncoder.encode(image, OutputFormat.JPG, 90));
    }

    private static String page(String before, String after, int w, int h, String title, Map<String, String> facts,
                               String settingsLine, boolean mark) {
        StringBuilder rows = new StringBuilder();
        facts.forEach((k, v) -> rows.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n"));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
                <title>SMP preview: %1$s</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 16px; background: #f4f4f4; color: #222; }
                  main { max-width: 1100px; margin: 0 auto; }
                  h1 { font-size: 1.25rem; margin: 0 0 12px; }
                  #slider { position: relative; width: 100%%; max-width: calc(82vh * %2$d / %3$d); margin: 0 auto; aspect-ratio: %2$d / %3$d; overflow: hidden; background: #000;
                            touch-action: none; user-select: none; -webkit-user-select: none; cursor: ew-resize; border-radius: 6px; }
                  #slider img { position: absolute; inset: 0; width: 100%%; height: 100%%; display: block; pointer-events: none; }
                  #after { clip-path: inset(0 0 0 50%%); }
                  #handle { position: absolute; top: 0; bottom: 0; left: 50%%; width: 0; border-left: 3px solid #fff;
                            box-shadow: 0 0 4px rgba(0,0,0,.6); pointer-events: none; }
                  #handle::after { content: "\\2194"; position: absolute; top: 50%%; left: -22px; width: 38px; height: 38px; margin-top: -19px;
                            border-radius: 50%%; background: #fff; color: #333; font-size: 22px; line-height: 38px; text-align: center; }
                  .tag { position: absolute; top: 10px; padding: 3px 8px; border-radius: 4px; background: rgba(0,0,0,.55); color: #fff; font-size: .85rem; }
                  #tag-before { left: 10px; } #tag-after { right: 10px; }
                  #badge { position: absolute; right: 10px; bottom: 10px; padding: 4px 10px; border-radius: 4px; background: rgba(0,0,0,.5); color: #fff; font-size: .8rem; }
                  #position { width: 100%%; margin: 10px 0 0; }
                  .note { margin: 12px 0; padding: 10px 12px; background: #fff6d6; border: 1px solid #e6d28a; border-radius: 6px; }
                  table { border-collapse: collapse; margin-top: 8px; background: #fff; }
                  th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
                  th { font-weight: 600; white-space: nowrap; }
                  code { font-size: .8rem; word-break: break-all; }
                </style>
                </head>
                <body>
                <main>
                <h1>SMP preview: %1$s</h1>
                <div id="slider" role="img" aria-label="Before and after: drag to compare">
                  <img id="before" alt="Before" src="%4$s">
                  <img id="after" alt="After (simulation)" src="%5$s">
                  <div id="handle"></div>
                  <span class="tag" id="tag-before">Before</span>
                  <span class="tag" id="tag-after">After (simulation)</span>
                  %6$s
                </div>
                <input id="position" type="range" min="0" max="100" step="0.1" value="50" aria-label="Slider position">
                <p class="note"><strong>Simulated preview.</strong> The after-image is a computer simulation of scalp
                micropigmentation made from this photo. Real results depend on the skin, the practitioner and healing,
                and will differ.</p>
                <table>
                %7$s</table>
                <p><code>%8$s</code></p>
                </main>
                <script>
                (function () {
                  var slider = document.getElementById('slider'), after = document.getElementById('after'),
                      handle = document.getElementById('handle'), range = document.getElementById('position');
                  function show(pct) {
                    pct = Math.max(0, Math.min(100, pct));
                    after.style.clipPath = 'inset(0 0 0 ' + pct + '%%)';
                    after.style.webkitClipPath = after.style.clipPath;
                    handle.style.left = pct + '%%';
                    range.value = pct;
                  }
                  function at(e) {
                    var r = slider.getBoundingClientRect();
                    show((e.clientX - r.left) / r.width * 100);
                  }
                  var dragging = false;
                  slider.addEventListener('pointerdown', function (e) { dragging = true; slider.setPointerCapture && slider.setPointerCapture(e.pointerId); at(e); e.preventDefault(); });
                  slider.addEventListener('pointermove', function (e) { if (dragging) at(e); });
                  window.addEventListener('pointerup', function () { dragging = false; });
                  slider.addEventListener('pointercancel', function () { dragging = false; });
                  range.addEventListener('input', function () { show(parseFloat(range.value)); });
                  show(50);
                })();
                </script>
                </body>
                </html>
                """.formatted(esc(title), w, h, before, after,
                mark ? "<span id=\"badge\">Simulated preview</span>" : "", rows, esc(settingsLine));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
