package io.smp.engine.segment;

import io.smp.engine.cv.Mats;
import io.smp.engine.scale.ScaleEstimator;
import io.smp.engine.synth.SkinTone;
import io.smp.engine.synth.SyntheticHeads;
import io.smp.engine.synth.SyntheticPhoto;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faces and eyes on a synthetic portrait, upright and with the head tilted sideways. */
class FaceFinderTest {
    /** The portrait at the segmenter's working size, as gray, turned counter-clockwise by {@code angle} degrees. */
    private static Mat gray(SyntheticPhoto p, double angle) {
        Mat bgr = Mats.bgr(p.photo());
        double f = AdaptiveSegmenter.WORK_SIDE / (double) Math.max(bgr.cols(), bgr.rows());
        Mat small = new Mat(), gray = new Mat();
        Imgproc.resize(bgr, small, new Size(Math.round(bgr.cols() * f), Math.round(bgr.rows() * f)), 0, 0, Imgproc.INTER_AREA);
        Imgproc.cvtColor(small, gray, Imgproc.COLOR_BGR2GRAY);
        if (angle != 0) {
            Mat rot = Imgproc.getRotationMatrix2D(centre(gray), angle, 1.0);
            Imgproc.warpAffine(gray, gray, rot, gray.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        }
        return gray;
    }

    private static Point centre(Mat m) {
        return new Point(m.cols() / 2.0, m.rows() / 2.0);
    }

    private static Point centre(Rect r) {
        return new Point(r.x + r.width / 2.0, r.y + r.height / 2.0);
    }

    @Test
    void aHeadTiltedSidewaysIsStillAFrontWithItsEyesWhereTheyAre() {
        SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.FRONT_RECEDING, SkinTone.MEDIUM, 1.0, 1);
        FaceFinder.Result upright = FaceFinder.find(gray(p, 0));
        assertTrue(upright.face().isPresent() && upright.eyes().size() == 2, "upright: " + upright);
        // heads tilted a little off the tilts tried
        for (double angle : new double[]{FaceFinder.TILTS[0] + 2, FaceFinder.TILTS[1] + 2}) {
            Mat turned = gray(p, angle);
            FaceFinder.Result tilted = FaceFinder.find(turned);
            assertTrue(tilted.face().isPresent(), angle + " degrees: no face " + tilted);
            assertEquals(2, tilted.eyes().size(), angle + " degrees: " + tilted);
            // where the upright face's centre and eyes went when the photo was turned
            Mat rot = Imgproc.getRotationMatrix2D(centre(turned), angle, 1.0);
            double fw = upright.face().get().width;
            assertNear(moved(rot, centre(upright.face().get())), centre(tilted.face().get()), 0.15 * fw, angle + " face");
            for (int k = 0; k < 2; k++) {
                assertNear(moved(rot, centre(upright.eyes().get(k))), centre(tilted.eyes().get(k)), 0.08 * fw, angle + " eye " + k);
            }
        }
    }

    @Test
    void theFaceBoxAndTheEyesGiveTheScaleWithinTenPercent() {
        SyntheticPhoto p = SyntheticHeads.generate(SyntheticHeads.Kind.FRONT_RECEDING, SkinTone.MEDIUM, 1.0, 1);
        FaceFinder.Result r = FaceFinder.find(gray(p, 0));
        double toFull = Math.max(p.photo().width(), p.photo().height()) / (double) AdaptiveSegmenter.WORK_SIDE;
        double fromBox = r.face().get().width * toFull / ScaleEstimator.FACE_BOX_WIDTH_CM;
        Point a = centre(r.eyes().get(0)), b = centre(r.eyes().get(1));
        double fromEyes = Math.hypot(a.x - b.x, a.y - b.y) * toFull / ScaleEstimator.PUPIL_DISTANCE_CM;
        String msg = String.format("true %.1f px/cm, from the face box %.1f, from the eyes %.1f", p.pxPerCm(), fromBox, fromEyes);
        assertEquals(p.pxPerCm(), fromBox, 0.10 * p.pxPerCm(), msg);
        assertEquals(p.pxPerCm(), fromEyes, 0.10 * p.pxPerCm(), msg);
    }

    @Test
    void aLoneEyeNeedsADarkPupil() {
        io.smp.engine.cv.OpenCv.load();
        Rect box = new Rect(10, 10, 40, 40);
        Mat flat = new Mat(60, 60, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(160));
        assertEquals(0, FaceFinder.pupilContrast(flat, box), 1e-9);
        // a scalp's sheen: a soft rise in lightness
        Mat sheen = flat.clone();
        for (int y = 0; y < 60; y++) for (int x = 0; x < 60; x++) sheen.put(y, x, 150 + x / 3);
        assertTrue(FaceFinder.pupilContrast(sheen, box) < FaceFinder.LONE_EYE_CONTRAST);
        // an eye: a dark pupil in a paler eyeball and lid
        Mat eye = flat.clone();
        Imgproc.circle(eye, new Point(30, 30), 6, new org.opencv.core.Scalar(30), -1);
        assertTrue(FaceFinder.pupilContrast(eye, box) > 0.5);
    }

    @Test
    void aProfileFoundInTheFramedPhotoIsPutBackInThePhotoAndClipped() {
        // a 100 x 80 photo framed by 25 pixels is 150 x 130; a box across the photo's left edge
        assertEquals(Optional.of(new Rect(0, 15, 30, 40)), FaceFinder.unframed(new Rect(10, 40, 45, 40), false, 150, 25, 100, 80, 12));
        // the same box found in the mirrored frame is across the photo's right edge
        assertEquals(Optional.of(new Rect(70, 15, 30, 40)), FaceFinder.unframed(new Rect(10, 40, 45, 40), true, 150, 25, 100, 80, 12));
        // a box almost all in the frame is no profile
        assertEquals(Optional.empty(), FaceFinder.unframed(new Rect(0, 40, 30, 40), false, 150, 25, 100, 80, 12));
    }

    private static Point moved(Mat rot, Point p) {
        double[] a = new double[6];
        for (int k = 0; k < 6; k++) a[k] = rot.get(k / 3, k % 3)[0];
        return new Point(a[0] * p.x + a[1] * p.y + a[2], a[3] * p.x + a[4] * p.y + a[5]);
    }

    private static void assertNear(Point want, Point got, double tolerance, String what) {
        double d = Math.hypot(want.x - got.x, want.y - got.y);
        assertTrue(d <= tolerance, String.format("%s: %s found, %s expected, %.1f px off (tolerance %.1f)", what, got, want, d, tolerance));
    }
}
