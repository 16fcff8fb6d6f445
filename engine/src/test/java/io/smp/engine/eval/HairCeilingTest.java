package io.smp.engine.eval;

import io.smp.engine.cv.OpenCv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HairCeilingTest {
    /**
     * Two drawn heads: dark textured hair over a smooth skin face on a grey wall. The engine's labels are exact for
     * "a" and empty for "b", so the table must show engine IoUs of 1 and 0, and colour alone, trained on each photo's
     * own mask, must find the hair in both.
     */
    @Test
    void measuresEngineCeilingsAndLearnedModelPerPhoto(@TempDir Path data) throws Exception {
        OpenCv.load();
        Path pred = Files.createDirectories(data.resolve("pred"));
        drawHead(data, pred, "a", 1, true);
        drawHead(data, pred, "b", 2, false);
        Files.writeString(data.resolve("manifest.csv"), """
                id,image,mask,mask_kind,view,category,source
                a,a.png,a.mask.png,hair255,front,full_hair,drawn
                b,b.png,b.mask.png,hair255,front,full_hair,drawn
                c,c.png,,none,top-down,level-5,drawn
                """);

        Map<String, double[]> table = new HashMap<>();
        String report = HairCeiling.measure(data, pred);
        for (String line : report.strip().split("\n")) {
            String[] f = line.split("\t");
            if (f[1].equals("engine")) continue;
            table.put(f[0], Arrays.stream(f, 1, 5).mapToDouble(Double::parseDouble).toArray());
        }

        assertEquals(3, table.size(), report);
        assertEquals(1.0, table.get("a")[0], 1e-9, report);
        assertEquals(0.0, table.get("b")[0], 1e-9, report);
        for (String id : new String[]{"a", "b"}) {
            assertTrue(table.get(id)[1] > 0.95, report);
            assertTrue(table.get(id)[2] > 0.95, report);
        }
        // "a" is scored by the model trained on "b" alone, whose engine labels are empty: appearance must carry it
        assertTrue(table.get("a")[3] > 0.9, report);
        assertEquals(0.5, table.get("mean of 2 photos")[0], 1e-9, report);
    }

    @Test
    void refusesFewerThanTwoMaskedPhotos(@TempDir Path data) throws Exception {
        OpenCv.load();
        drawHead(data, data, "a", 1, true);
        Files.writeString(data.resolve("manifest.csv"), "id,image,mask,mask_kind,view,category,source\na,a.png,a.mask.png,hair255,front,full_hair,drawn\n");
        assertThrows(IllegalArgumentException.class, () -> HairCeiling.measure(data, data));
    }

    private static void drawHead(Path data, Path pred, String id, int seed, boolean engineFindsHair) throws Exception {
        int w = 240;
        int h = 180;
        Mat photo = new Mat(h, w, CvType.CV_8UC3, new Scalar(170, 175, 180));
        Mat mask = Mat.zeros(h, w, CvType.CV_8U);
        Imgproc.ellipse(mask, new Point(120, 80), new Size(70, 60), 0, 180, 360, Scalar.all(255), -1);
        Mat noise = new Mat(h, w, CvType.CV_8UC3);
        Core.setRNGSeed(seed);
        Core.randu(noise, 0, 60);
        Mat hair = new Mat(h, w, CvType.CV_8UC3, new Scalar(20, 30, 45));
        Core.add(hair, noise, hair);
        hair.copyTo(photo, mask);
        Imgproc.rectangle(photo, new Rect(60, 80, 120, 90), new Scalar(140, 170, 215), -1);
        Imgcodecs.imwrite(data.resolve(id + ".png").toString(), photo);
        Imgcodecs.imwrite(data.resolve(id + ".mask.png").toString(), mask);
        Mat labels = Mat.zeros(h, w, CvType.CV_8U);
        if (engineFindsHair) {
            labels.setTo(Scalar.all(3), mask);
            Files.writeString(pred.resolve(id + ".view"), "front front 20.00 eyes face 60 80 120 90\n");
        } else {
            Files.writeString(pred.resolve(id + ".view"), "front none 0 no head found\n");
        }
        Imgcodecs.imwrite(pred.resolve(id + ".png").toString(), labels);
    }
}
