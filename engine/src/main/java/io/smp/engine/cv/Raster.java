package io.smp.engine.cv;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;

/** Polygons to pixel masks (OpenCV fillPoly, anti-aliasing off so a pixel is in or out). */
public final class Raster {
    private Raster() {
    }

    /** Row-major mask, true inside any of the polygons (points as {x, y} in pixels). */
    public static boolean[] fill(List<List<double[]>> polygons, int width, int height) {
        OpenCv.load();
        try (Native<Mat> m = Native.of(Mat.zeros(height, width, CvType.CV_8UC1))) {
            List<MatOfPoint> polys = new ArrayList<>();
            for (List<double[]> poly : polygons) {
                Point[] pts = poly.stream().map(p -> new Point(Math.round(p[0]), Math.round(p[1]))).toArray(Point[]::new);
                polys.add(new MatOfPoint(pts));
            }
            Imgproc.fillPoly(m.get(), polys, new Scalar(255));
            polys.forEach(Mat::release);
            byte[] b = Mats.bytes(m.get());
            boolean[] out = new boolean[b.length];
            for (int i = 0; i < b.length; i++) out[i] = b[i] != 0;
            return out;
        }
    }
}
