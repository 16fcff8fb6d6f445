package io.smp.engine.segment;

import io.smp.engine.cv.OpenCv;
import io.smp.engine.image.LabelMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hair rules after the hair GrabCut, on small drawn masks with known answers. */
class HairRulesTest {
    static final int W = 200, H = 200;

    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    /** A face box 80 px wide at (60, 40); its eye row is 40 + 0.38 * 80 = 70, its mouth row 40 + 60 = 100. */
    static final Rect FACE = new Rect(60, 40, 80, 80);

    /** Hair-coloured areas around {@link #FACE}, as the hair cut may find them. */
    static boolean[] hairAroundTheFace() {
        boolean[] hair = new boolean[W * H];
        fill(hair, 40, 10, 120, 30);      // hair above the face
        fill(hair, 40, 30, 18, 150);      // a long strand falling beside the face, from the hair above
        fill(hair, 80, 105, 40, 30);      // a beard in the middle below the mouth
        fill(hair, 142, 30, 2, 150);      // a thin rim down the other side, reaching a collar
        fill(hair, 142, 160, 40, 30);     // the collar
        fill(hair, 165, 110, 20, 20);     // a loose dark blob beside the face, not connected to the hair
        return hair;
    }

    @Test
    void longHairBesideTheFaceStaysWhileBeardsThinRimsAndLooseBlobsGo() {
        boolean[] hair = hairAroundTheFace();
        boolean[] out = AdaptiveSegmenter.besideFace(hair, W, H, FACE);
        assertTrue(out[at(50, 20)], "hair above the face stays");
        assertTrue(out[at(48, 170)], "a long strand beside the face stays down to its end");
        assertFalse(out[at(100, 120)], "a beard in the middle below the mouth is not scalp hair");
        assertTrue(out[at(143, 50)], "a thin strip of short hair at the temple, above the eyes, stays");
        assertFalse(out[at(143, 85)], "a thin dark rim along the cheek, between the eyes and the mouth, is not hair");
        assertFalse(out[at(160, 175)], "a collar reached only by a thin rim is not hair");
        assertFalse(out[at(175, 120)], "a blob not connected to the hair above is not hair");
    }

    @Test
    void aStraightLineOfTheBackdropBesideTheHeadGoesButAThinRimOfHairCurvingWithTheSkullAndAWispStay() {
        // the face's middle is x = 100; lines go beside it by more than 0.4 * 80 = 32 px, longer than 0.25 * 80 = 20
        // px, narrower than the opening's disc of 2 * round(0.02 * 80) + 1 = 5 px, and more than 7 times longer than wide
        boolean[] hair = new boolean[W * H];
        fill(hair, 40, 10, 120, 30);      // hair above the face
        fill(hair, 20, 0, 3, 140);        // a door frame's edge beside the head, joined to nothing
        fill(hair, 150, 40, 3, 40);       // a shorter line, hanging from the hair above
        fill(hair, 180, 100, 3, 15);      // a wisp: too short to be a line
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                // a rim of hair 3 px thin along the skull's left side, a third of a circle around the head
                double r = Math.hypot(x - 100, y - 60), a = Math.toDegrees(Math.atan2(y - 60, x - 100));
                if (r >= 58 && r < 61 && Math.abs(Math.abs(a) - 180) < 60) hair[at(x, y)] = true;
            }
        }
        AdaptiveSegmenter.withoutBackdropLines(hair, W, H, FACE);
        assertFalse(hair[at(21, 100)], "a long straight line beside the head is the backdrop");
        assertFalse(hair[at(151, 60)], "a straight line joined to the hair is the backdrop too");
        assertTrue(hair[at(100, 20)] && hair[at(150, 35)], "the hair above the face stays, where the line met it too");
        assertTrue(hair[at(181, 105)], "a short wisp stays");
        assertTrue(hair[at(41, 60)] && hair[at(51, 95)], "a thin rim of hair curving along the skull stays");
    }

    @Test
    void hairTouchingNeitherTheHeadNorTheRestOfTheHairIsTheBackdropButAWispBesideTheHairAndTuftsOnTheScalpStay() {
        // the gap allowed is round(0.01 * 200) = 2 px
        byte[] labels = new byte[W * H];
        boolean[] face = new boolean[W * H];
        disc(face, 100, 120, 45, 55);
        for (int i = 0; i < labels.length; i++) if (face[i]) labels[i] = LabelMap.SKIN;
        fill(labels, 60, 40, 80, 25, LabelMap.SCALP); // a bald top
        fill(labels, 50, 25, 100, 15, LabelMap.HAIR); // the hair
        fill(labels, 90, 45, 5, 5, LabelMap.THINNING); // a tuft on the top
        fill(labels, 151, 30, 5, 4, LabelMap.HAIR); // a wisp 1 px off
        for (int x = 165; x < 190; x += 6) fill(labels, x, 5, 1, 7, LabelMap.HAIR); // letters behind
        fill(labels, 20, 190, 4, 4, LabelMap.THINNING); // a speck
        AdaptiveSegmenter.withoutDetachedHair(labels, W, H);
        assertTrue(labels[at(100, 30)] == LabelMap.HAIR && labels[at(92, 47)] == LabelMap.THINNING, "the hair and a tuft on the scalp stay");
        assertTrue(labels[at(153, 32)] == LabelMap.HAIR, "a wisp just beside the hair stays");
        assertTrue(labels[at(171, 8)] == LabelMap.BACKGROUND && labels[at(21, 191)] == LabelMap.BACKGROUND,
                "letters on the backdrop and a speck on the shirt, away from the head and the hair, are background");
        assertTrue(labels[at(100, 120)] == LabelMap.SKIN && labels[at(100, 50)] == LabelMap.SCALP, "skin and scalp stay");
    }

    @Test
    void backdropEnclosedByHairIsHairButNotWhereItTouchesSkinOrTheEdgeNorAWideLoop() {
        // holes of up to 0.01 * 200 * 200 = 400 px are filled
        byte[] labels = new byte[W * H];
        fill(labels, 40, 20, 120, 40, LabelMap.HAIR);
        fill(labels, 60, 60, 80, 90, LabelMap.SKIN);
        fill(labels, 60, 30, 6, 6, LabelMap.BACKGROUND); // a gap in the hair
        fill(labels, 90, 54, 6, 6, LabelMap.BACKGROUND); // a gap at the skin
        fill(labels, 150, 0, 5, 25, LabelMap.BACKGROUND); // a notch from the edge
        fill(labels, 0, 150, 200, 50, LabelMap.HAIR); // long hair below
        fill(labels, 20, 160, 160, 30, LabelMap.BACKGROUND); // a wide loop
        AdaptiveSegmenter.fillHairHoles(labels, W, H);
        assertTrue(labels[at(62, 32)] == LabelMap.HAIR, "a gap inside the hair is hair");
        assertTrue(labels[at(92, 57)] == LabelMap.BACKGROUND, "a gap touching the skin stays");
        assertTrue(labels[at(152, 10)] == LabelMap.BACKGROUND, "a notch from the photo's edge stays");
        assertTrue(labels[at(100, 175)] == LabelMap.BACKGROUND, "backdrop inside a wide loop of hair stays");
    }

    @Test
    void aProfileBoxWhoseFrontIsInsideTheHeadIsNotAProfile() {
        boolean[] person = new boolean[W * H];
        disc(person, 100, 100, 60, 70);
        // a box on the head's right end, looking right: its front quarter (x 150 to 169) is mostly backdrop
        Rect front = new Rect(90, 60, 80, 80);
        assertFalse(AdaptiveSegmenter.profileInsideTheHead(front, true, person, W, H), "a profile at the head's front");
        // the same box looking left has the head in front of it, and a box in the middle of the head has it all around
        assertTrue(AdaptiveSegmenter.profileInsideTheHead(front, false, person, W, H), "a profile looking into the head");
        assertTrue(AdaptiveSegmenter.profileInsideTheHead(new Rect(70, 60, 60, 60), true, person, W, H), "a pattern inside the head");
    }

    @Test
    void aProfileBoxMostlyOnHairIsNotAFaceButABeardedFaceStillIs() {
        boolean[] head = new boolean[W * H], hair = new boolean[W * H];
        disc(head, 100, 110, 50, 60);
        fill(hair, 40, 30, 120, 40);        // the hair above the face
        fill(hair, 70, 140, 60, 30);        // a beard
        for (int i = 0; i < head.length; i++) if (hair[i]) head[i] = false;
        assertFalse(AdaptiveSegmenter.profileOnHair(new Rect(60, 70, 80, 100), head, hair, W, H), "a bearded face is a face");
        assertTrue(AdaptiveSegmenter.profileOnHair(new Rect(40, 20, 120, 50), head, hair, W, H), "a box on the hair is not");
    }

    @Test
    void aSideburnJustBelowTheEyesStaysThoughThinnerThanLongHairButEndsWhereSideburnsEnd() {
        // the eye row is 70; sideburns need 2 * round(0.03 * 80) + 1 = 5 px for 0.08 * 80 = 6 rows below it,
        // strands lower down 2 * round(0.06 * 80) + 1 = 11 px
        boolean[] hair = new boolean[W * H];
        fill(hair, 40, 10, 120, 30);      // hair above the face
        fill(hair, 50, 30, 7, 60);        // a sideburn 7 px wide, from the hair above to row 90
        fill(hair, 142, 30, 2, 60);       // a thin rim down the other side
        boolean[] out = AdaptiveSegmenter.besideFace(hair, W, H, FACE);
        assertTrue(out[at(53, 73)], "a sideburn just below the eyes stays");
        assertFalse(out[at(53, 85)], "a strand that thin lower down the cheek is not hair");
        assertFalse(out[at(143, 73)], "a rim 2 px thin is not a sideburn, even just below the eyes");
    }

    @Test
    void theBeardDroppedFromTheHairIsTheFaceSkinButNotThinRimsTheCollarOrBlobsBesideTheFace() {
        boolean[] hair = hairAroundTheFace();
        boolean[] skin = AdaptiveSegmenter.droppedOnFace(hair, AdaptiveSegmenter.besideFace(hair, W, H, FACE), W, H, FACE);
        assertTrue(skin[at(100, 120)], "a beard on the chin is the face's skin, not background");
        assertFalse(skin[at(50, 20)], "hair kept as hair is not skin");
        assertFalse(skin[at(143, 85)], "a rim 2 px thin (a door frame, a collar's edge) is not skin");
        assertFalse(skin[at(160, 175)], "a collar below and beside the face is not skin");
        assertFalse(skin[at(175, 120)], "a blob beside the face is not skin");
    }

    @Test
    void theEyesMouthAndGlassesLeftAsHolesInTheFaceAreSkinButTheBackdropBesideItIsNot() {
        boolean[] person = new boolean[W * H];
        fill(person, 50, 10, 100, 190);   // the head and neck, a little wider than the face box
        byte[] labels = new byte[W * H];
        for (int i = 0; i < labels.length; i++) if (person[i]) labels[i] = LabelMap.SKIN;
        int[][] holes = {{80, 62}, {112, 62}, {100, 105}, {100, 36}, {55, 90}};  // eyes, mouth, hairline, beside
        for (int[] p : holes) for (int dy = -3; dy <= 3; dy++) for (int dx = -3; dx <= 3; dx++) labels[at(p[0] + dx, p[1] + dy)] = LabelMap.BACKGROUND;
        labels[at(100, 20)] = LabelMap.HAIR;
        AdaptiveSegmenter.fillFace(labels, person, W, FACE);
        assertTrue(labels[at(80, 62)] == LabelMap.SKIN && labels[at(112, 62)] == LabelMap.SKIN, "the eyes are the face's skin");
        assertTrue(labels[at(100, 105)] == LabelMap.SKIN, "the mouth is the face's skin");
        assertTrue(labels[at(100, 36)] == LabelMap.BACKGROUND, "above the brows, a hole is left as it is");
        assertTrue(labels[at(55, 90)] == LabelMap.BACKGROUND, "beside the face box's middle, a hole is left as it is");
        assertTrue(labels[at(30, 90)] == LabelMap.BACKGROUND, "the backdrop beside the head stays background");
        assertTrue(labels[at(100, 20)] == LabelMap.HAIR, "hair stays hair");
    }

    @Test
    void smoothHairColouredAreasGoButTexturedAndDarkHairStays() {
        int n = W * H;
        int[] lightness = new int[n];
        Random rnd = new Random(7);
        boolean[] dark = new boolean[n], person = new boolean[n], hair = new boolean[n];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x, l;
                if (x < 60) l = 40 + rnd.nextInt(60);          // dark hair with strands
                else if (x < 120) l = 120 + rnd.nextInt(60);   // lighter textured hair
                else if (x < 160) l = 150;                     // a smooth beige wall
                else l = 30;                                   // smooth black hair in shadow
                lightness[i] = l;
                dark[i] = x < 60 || x >= 160;
                person[i] = true;
                hair[i] = true;
            }
        }
        float[] tex = HairRegion.texture(work(lightness, 140));
        HairRegion.dropSmooth(hair, tex, HairRegion.hairTexture(tex, dark, person), dark);
        assertTrue(hair[at(30, 100)], "dark hair stays");
        assertTrue(hair[at(90, 100)], "lighter hair with strands stays");
        assertFalse(hair[at(140, 100)], "a smooth wall in hair's colours goes");
        assertTrue(hair[at(190, 100)], "clearly dark hair stays even where smooth");
    }

    @Test
    void aSmoothDarkBackdropBesideTheHeadGoesButHairWithStrandsAndHairOnTheHeadStay() {
        int n = W * H;
        int[] lightness = new int[n];
        Random rnd = new Random(11);
        boolean[] dark = new boolean[n], person = new boolean[n], hair = new boolean[n];
        // the face box (60..140) has its middle at x 100; more than 0.6 face widths (48 px) beside it is x < 52 or x > 148
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x, l;
                boolean top = y < 40;
                if (top && x >= 60 && x < 140) l = 30 + rnd.nextInt(50);   // hair with strands on the head
                else if (x < 66) l = 30;                                     // a smooth black curtain beside the head, left
                else if (x >= 140) l = 30 + rnd.nextInt(50);                // long hair with strands beside the head, right
                else l = 160;                                                // the face
                lightness[i] = l;
                person[i] = true;
                dark[i] = l < 90;
                hair[i] = dark[i];
            }
        }
        // a smooth dark patch on the head itself (black hair in shadow) stays
        for (int y = 5; y < 30; y++) for (int x = 85; x < 115; x++) lightness[y * W + x] = 25;
        float[] tex = HairRegion.texture(work(lightness, 135));
        double ref = HairRegion.hairTexture(tex, dark, person);
        HairRegion.dropSmoothBeside(hair, tex, ref, FACE, W, H);
        assertFalse(hair[at(20, 100)], "a smooth dark backdrop beside the head goes");
        assertFalse(hair[at(54, 100)], "all of it, not cut at a straight line");
        assertTrue(hair[at(180, 100)], "long hair with strands beside the head stays");
        assertTrue(hair[at(100, 15)], "smooth dark hair on the head stays");
        assertTrue(hair[at(70, 20)], "hair with strands on the head stays");
    }

    @Test
    void sparseStrandsAreThinningUpToTheirLastHairsAndAcrossNarrowGapsButNotIntoTheBarePatchBeyond() {
        // skin (lightness 170) with a dark strand (60) every 6 px on the left (x < 100), with a gap 12 px wide
        // (x 42 to 53) where none grows; bare from x 100 on
        float[] tex = HairRegion.texture(work(columns(x -> x < 100 && x % 6 == 0 && (x < 42 || x > 53) ? 60 : 170), 140));
        // strands from a texture of 10 on (among the strands it is 35 to 38; it falls to 0 from x 94 to 106)
        double hairTexture = 10 / AdaptiveSegmenter.STRANDS;
        int window = 8;
        boolean[] areas = AdaptiveSegmenter.strandAreas(tex, hairTexture, Double.NaN, new byte[W * H], W, H, window);
        assertTrue(areas[at(20, 100)] && areas[at(90, 100)], "the strands are thinning");
        assertTrue(areas[at(45, 100)], "a gap narrower than twice the window between strands is thinning too");
        assertTrue(AdaptiveSegmenter.strands(tex[at(101, 100)], hairTexture),
                "the smoothed texture runs on past the last strand (x 96)");
        assertFalse(areas[at(101, 100)], "but the bare patch beyond the last strand is not thinning");
        assertFalse(areas[at(150, 100)], "nor is the bare patch's middle");
    }

    @Test
    void strandsThinningOutTowardABarePatchAreThinningUpToTheMiddleOfTheTexturesRampButNoFurtherAway() {
        // skin (lightness 170): dense strands (60) every 6 px for x < 80, then fainter ones (110) every 6 px up to
        // the last at x 96, bare from there on but for a second patch of faint strands far off (x 150 to 170)
        float[] tex = HairRegion.texture(work(columns(x -> {
            boolean dense = x < 80 && x % 6 == 0;
            boolean faint = (x >= 80 && x < 100 || x >= 150 && x <= 170) && x % 6 == 0;
            return dense ? 60 : faint ? 110 : 170;
        }), 140));
        // among the dense strands the texture is 33 to 38, among the faint ones 18 to 29 up to x 93, and it falls to 0
        // from x 94 to 106; the strands' bar of 30 takes the dense strands only
        double hairTexture = 30 / AdaptiveSegmenter.STRANDS;
        int window = 8;
        byte[] labels = new byte[W * H];
        Arrays.fill(labels, LabelMap.HAIR);
        boolean[] barOnly = AdaptiveSegmenter.strandAreas(tex, hairTexture, Double.NaN, labels, W, H, window);
        assertTrue(barOnly[at(40, 100)], "the dense strands are thinning");
        assertFalse(barOnly[at(86, 100)], "without bare skin to compare with, the faint strands are below the bar");
        // the bare skin's texture is 0: the edge is half way to the dense strands' 36, a texture of 18
        boolean[] areas = AdaptiveSegmenter.strandAreas(tex, hairTexture, 0, labels, W, H, window);
        assertTrue(areas[at(40, 100)] && areas[at(86, 100)],
                "the faint strands next to the dense ones are thinning too");
        assertFalse(areas[at(101, 100)], "the bare skin past the last strand is not");
        assertFalse(areas[at(160, 100)], "nor are faint strands beyond the texture ramp's reach of the dense ones");
        assertTrue(AdaptiveSegmenter.strands(tex[at(40, 100)], hairTexture)
                && !AdaptiveSegmenter.strands(tex[at(86, 100)], hairTexture), "the test's premise: only the dense strands pass the bar");
        assertTrue(tex[at(86, 100)] >= 18 && tex[at(160, 100)] >= 18 && tex[at(101, 100)] < 18,
                "and the faint strands, near or far, are above the edge, the bare skin below it");
    }

    @Test
    void bareSkinBesideThinningStaysBareUnlessAQuarterOfItsWindowIsHairOrStrandsLieOverIt() {
        byte[] labels = {LabelMap.SCALP, LabelMap.SCALP, LabelMap.SCALP, LabelMap.HAIR, LabelMap.SCALP};
        float[] shares = {0.2f, 0.3f, 0.2f, 0.2f, 0.2f};
        boolean[] strands = {false, false, true, false, false};
        boolean[] thin = {true, true, true, true, false};
        AdaptiveSegmenter.keepBareSkin(thin, labels, shares, strands);
        assertFalse(thin[0], "bare skin whose window is a fifth hair stays bare");
        assertTrue(thin[1], "bare skin whose window is 30% hair is thinning");
        assertTrue(thin[2], "bare skin under sparse strands is thinning");
        assertTrue(thin[3], "hair whose window is a fifth hair keeps the lower bar and is thinning");
        assertFalse(thin[4], "nothing becomes thinning");
    }

    @Test
    void wispyHairAtTheHeadsOutlineIsNotThinningButHairAndScalpInsideTheHeadCanBe() {
        // the head (hair) fills x < 100, the background beyond; a window of 10 px
        byte[] labels = new byte[W * H];
        fill(labels, 0, 0, 100, H, LabelMap.HAIR);
        labels[at(99, 50)] = LabelMap.SCALP;   // bare skin at the outline
        boolean[] thin = new boolean[W * H];
        Arrays.fill(thin, true);
        AdaptiveSegmenter.notAtTheOutline(thin, labels, W, H, 10);
        assertFalse(thin[at(99, 100)], "hair whose window is 40% background is not thinning");
        assertTrue(thin[at(96, 100)], "hair whose window is 90% head can be");
        assertTrue(thin[at(50, 100)], "hair inside the head can be");
        assertTrue(thin[at(99, 50)], "the rule is for hair only: bare skin at the outline is left to the other rules");
    }

    @Test
    void onlySkinJoinedToTheFaceCanBeScalp() {
        boolean[] head = new boolean[W * H];
        fill(head, 60, 10, 80, 110);   // forehead and face, one area with the cheeks
        fill(head, 0, 0, 30, 60);      // a beige wall in the corner, cut off from the face by hair
        boolean[] face = AdaptiveSegmenter.faceComponent(head, W, H, FACE);
        assertTrue(face[at(100, 15)], "the forehead above the face is joined to it");
        assertFalse(face[at(10, 10)], "the wall is not");
        boolean[] none = AdaptiveSegmenter.faceComponent(new boolean[W * H], W, H, FACE);
        assertFalse(none[at(100, 15)], "no head, no face area");
    }

    @Test
    void withoutAFaceABeardDoesNotMakeTheFaceScalpButAFringeEnclosesTheBaldTop() {
        // a bald head bent forward, rows 10 to 189: its top is scalp, its face (below 10 + 0.65 * 180 = 127) is not
        boolean[] head = new boolean[W * H], beard = new boolean[W * H];
        fill(head, 40, 10, 120, 180);
        fill(beard, 70, 150, 60, 40);     // a beard and moustache low on the head
        for (int i = 0; i < head.length; i++) if (beard[i]) head[i] = false;
        boolean[] zone = AdaptiveSegmenter.envelope(beard, head, W, H).zone();
        assertTrue(zone[at(100, 30)], "the bald top is scalp");
        assertTrue(zone[at(100, 120)], "down to the upper share of the head");
        assertFalse(zone[at(50, 140)], "the face beside the beard is not scalp");
        assertFalse(zone[at(100, 145)], "the face above the beard is not scalp");

        // the same head with a fringe at both sides, high on the head: what the fringe encloses is scalp
        boolean[] fringe = new boolean[W * H], skin = head.clone();
        fill(fringe, 40, 40, 20, 80);
        fill(fringe, 140, 40, 20, 80);
        for (int i = 0; i < skin.length; i++) if (fringe[i]) skin[i] = false;
        boolean[] ring = AdaptiveSegmenter.envelope(fringe, skin, W, H).zone();
        assertTrue(ring[at(100, 80)], "the bald top between the fringe is scalp");
        assertFalse(ring[at(100, 180)], "the chin, far below the fringe, is not");
    }

    @Test
    void withoutAFaceBrowsAndABeardOnABentHeadLeaveItsSmoothSkullScalpAndItsFaceNot() {
        // a bald head bent forward, the disc around (100, 100) of radius 90 (rows 10 to 190): its brows, grey side
        // stubble and beard are hair from row 115 (high enough to count as a fringe), and their hull encloses the face
        boolean[] head = new boolean[W * H], drawn = new boolean[W * H];
        disc(head, 100, 100, 90, 90);
        fill(drawn, 55, 120, 90, 8);      // brows and closed eyes
        fill(drawn, 25, 115, 12, 60);     // side stubble, down to the beard
        fill(drawn, 163, 115, 12, 60);
        fill(drawn, 25, 165, 150, 25);    // the beard
        boolean[] hair = split(head, i -> drawn[i]);
        float[] smooth = texture(3f);
        boolean[] zone = zone(hair, head, smooth);
        assertTrue(zone[at(100, 40)], "the bald skull above the brows is scalp");
        assertTrue(zone[at(30, 100)], "down to the top of the hair");
        assertFalse(zone[at(100, 150)], "the face between the brows and the beard is not");

        // the same skull as textured as hair: hair the skin model took for skin, not a bald skull
        float[] textured = smooth.clone();
        for (int i = 0; i < 115 * W; i++) textured[i] = 12f;
        boolean[] hairy = zone(hair, head, textured);
        assertFalse(hairy[at(100, 40)], "a textured 'skull' is not made scalp");

        // a skin-coloured wall along the photo's top edge, joined to the head: not a dome, not a skull
        boolean[] walled = head.clone();
        fill(walled, 0, 0, W, 30);
        boolean[] wall = zone(hair, walled, smooth);
        assertFalse(wall[at(100, 5)], "the wall is not scalp");
        assertFalse(wall[at(100, 40)], "nor the skull joined to it");
    }

    @Test
    void withoutAFaceABaldHeadWhoseShadedSideWasTakenForHairIsScalpOnItsLitSideTooButNotBelowTheSkull() {
        // a bald head seen from above, the disc around (100, 100) of radius 90 (rows 10 to 190); its left side, in
        // shadow, was taken for hair (the disc's cap left of x 40); the rest is skin. Scalp is taken only in the upper
        // 65% of the head (above row 127), below it lies the face of a head bent forward.
        boolean[] head = new boolean[W * H];
        disc(head, 100, 100, 90, 90);
        boolean[] shade = split(head, i -> i % W < 40);
        float[] smooth = texture(2f);
        boolean[] zone = zone(shade, head, smooth);
        assertTrue(zone[at(60, 60)], "the skull beside the shade is scalp");
        assertTrue(zone[at(160, 60)], "and so is its lit side, as the shade mirrored would enclose it");
        assertFalse(zone[at(160, 160)], "but not low on the head");

        // the same 'shade' with strands: hair on one side of a head turned aside, whose face is the other side
        float[] strands = smooth.clone();
        for (int i = 0; i < strands.length; i++) if (shade[i]) strands[i] = 12f;
        assertFalse(zone(shade, head, strands)[at(160, 60)], "hair with strands on one side is not mirrored");

        // the lit side as textured as a face or as hair the skin model took for skin
        float[] busy = smooth.clone();
        for (int i = 0; i < busy.length; i++) if (i % W > 70) busy[i] = 12f;
        assertFalse(zone(shade, head, busy)[at(160, 60)], "a textured other side is not made scalp");
    }

    @Test
    void aFaceBoxFarNarrowerThanTheHeadOnItsRowsIsNotAFace() {
        // a head 180 px wide (the disc around (100, 100) of radius 90), its skin in the middle and hair at the sides
        boolean[] head = new boolean[W * H];
        disc(head, 100, 100, 90, 90);
        boolean[] hair = split(head, i -> Math.abs(i % W - 100) > 60);
        assertFalse(AdaptiveSegmenter.tooNarrowForTheHead(new Rect(40, 60, 120, 120), head, hair, W, H),
                "a face two thirds of the head's width is a face");
        assertTrue(AdaptiveSegmenter.tooNarrowForTheHead(new Rect(80, 60, 40, 40), head, hair, W, H),
                "a box under a quarter of it is a pattern on the scalp");
        assertTrue(AdaptiveSegmenter.tooNarrowForTheHead(new Rect(80, 5, 40, 40), head, hair, W, H),
                "near the top of the head too, where the head is narrower (127 px at the box's lowest row)");
    }

    @Test
    void withoutAFaceTheEllipseThroughAFringeStopsJustBelowItsLowestHair() {
        // a head seen from the front and above: hair on its upper half as an arc around (100, 100), radii 55 to 70;
        // the circle through the arc reaches y 170, over the forehead and face below the arc's ends at y 100
        boolean[] head = new boolean[W * H], arc = new boolean[W * H];
        fill(head, 30, 30, 140, 160);
        for (int y = 0; y <= 100; y++) {
            for (int x = 0; x < W; x++) {
                double r = Math.hypot(x - 100, y - 100);
                if (r >= 55 && r <= 70) arc[at(x, y)] = true;
            }
        }
        for (int i = 0; i < head.length; i++) if (arc[i]) head[i] = false;
        boolean[] zone = AdaptiveSegmenter.envelope(arc, head, W, H).zone();
        assertTrue(zone[at(100, 60)], "the bald top inside the arc is scalp");
        assertTrue(zone[at(100, 105)], "and a little below the arc's ends");
        assertFalse(zone[at(100, 140)], "the forehead and face further below are not, though inside the circle");
    }

    @Test
    void blackHairLostWithABlackBackdropIsTakenBackOnTheSkullButABaldTopIsNot() {
        // a face box (50, 60) 100 x 100: the cap is the ellipse around (100, 110) 50 x 80 px, from y 30 down to y 90
        Rect face = new Rect(50, 60, 100, 100);
        boolean[] dark = new boolean[W * H], skin = new boolean[W * H], hair = new boolean[W * H];
        fill(dark, 0, 0, W, 90);                       // black hair and a black backdrop, all alike
        fill(skin, 60, 75, 80, 100);                   // the face
        boolean[] faceSkin = new boolean[W * H];
        fill(faceSkin, 50, 60, 100, 120);              // the face's skin region, ears to ears, as wide as the box
        HairRegion.fillSkullCap(hair, dark, skin, faceSkin, face, W, H);
        assertTrue(hair[at(100, 40)], "the top of the head is hair");
        assertTrue(hair[at(58, 72)], "and the temples");
        assertFalse(hair[at(100, 20)], "above the skull stays backdrop");
        assertFalse(hair[at(20, 60)], "beside the skull stays backdrop");

        boolean[] bald = skin.clone(), baldHair = new boolean[W * H];
        fill(bald, 62, 30, 76, 45);                    // a bald top: skin over the cap but for a fringe at the sides
        HairRegion.fillSkullCap(baldHair, dark, bald, faceSkin, face, W, H);
        assertFalse(baldHair[at(58, 72)], "a bald head's cap is not made hair");

        boolean[] found = new boolean[W * H];
        fill(found, 40, 25, 120, 65);                  // the hair cut found the hair
        boolean[] before = found.clone();
        HairRegion.fillSkullCap(found, dark, skin, faceSkin, face, W, H);
        assertTrue(Arrays.equals(before, found), "hair the cut found is left as it is");
    }

    @Test
    void theSkullCapOfATurnedFaceFollowsTheHeadNotTheFaceBox() {
        // the face box (70, 60) 100 x 100 reaches past the cheek onto the backdrop; the face's skin, an ear on the
        // left, runs from x 40 to 140: the cap is the ellipse around (90, 110) 50 x 80 px, not around (120, 110)
        Rect face = new Rect(70, 60, 100, 100);
        boolean[] dark = new boolean[W * H], skin = new boolean[W * H], hair = new boolean[W * H];
        fill(dark, 0, 0, W, 90);                       // black hair and a black backdrop, all alike
        fill(skin, 40, 75, 100, 100);
        HairRegion.fillSkullCap(hair, dark, skin, skin, face, W, H);
        assertTrue(hair[at(50, 70)], "the temple on the ear's side is hair");
        assertFalse(hair[at(160, 70)], "the backdrop beyond the cheek stays backdrop");
    }

    @Test
    void aSeamOfNoLabelBetweenScalpAndHairIsClosedButNotBesideTheFace() {
        byte[] labels = new byte[W * H];
        boolean[] person = new boolean[W * H];
        fill(person, 20, 20, 160, 160);
        for (int y = 20; y < 180; y++) {
            for (int x = 20; x < 180; x++) {
                boolean inner = x >= 70 && x < 130 && y >= 70 && y < 130;
                boolean seam = !inner && x >= 68 && x < 132 && y >= 68 && y < 132;
                labels[at(x, y)] = inner ? LabelMap.SCALP : seam ? 0 : LabelMap.HAIR;
            }
        }
        // a seam between the face's skin and the hair stays as it is
        fill(labels, 20, 150, 40, 30, LabelMap.SKIN);
        for (int y = 148; y < 150; y++) for (int x = 20; x < 60; x++) labels[at(x, y)] = 0;
        AdaptiveSegmenter.fillSlivers(labels, person, W, H);
        for (int x = 68; x < 132; x++) {
            assertTrue(labels[at(x, 68)] != 0 && labels[at(x, 131)] != 0, "seam at x " + x);
        }
        assertTrue(labels[at(100, 100)] == LabelMap.SCALP, "the patch stays scalp");
        assertTrue(labels[at(40, 149)] == 0, "the seam beside the face's skin stays");
        assertTrue(labels[at(5, 5)] == 0, "outside the person nothing changes");
    }

    /** A W x H photo in CIELAB with these lightnesses, a = 130 and the given b (warm, hair-like). */
    /** A lightness image whose every column has one value: {@code ofColumn} of its x. */
    private static int[] columns(IntUnaryOperator ofColumn) {
        int[] lightness = new int[W * H];
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) lightness[y * W + x] = ofColumn.applyAsInt(x);
        return lightness;
    }

    private static AdaptiveSegmenter.Work work(int[] lightness, int b) {
        byte[] lab = new byte[lightness.length * 3];
        for (int i = 0; i < lightness.length; i++) {
            lab[i * 3] = (byte) lightness[i];
            lab[i * 3 + 1] = (byte) 130;
            lab[i * 3 + 2] = (byte) b;
        }
        return new AdaptiveSegmenter.Work(W, H, lab);
    }

    @Test
    void withoutAFaceTheNeckUnderTheSkullThinOrThickIsNotScalpButABaldTopsOwnEndIs() {
        // a shaved head seen from behind: a skull 120 px wide (rows 10 to 130) on a neck 60 px wide down to the
        // photo's bottom; no hair, so all of the head's skin would be scalp
        boolean[] back = new boolean[W * H], none = new boolean[W * H];
        disc(back, 100, 70, 60, 60);
        fill(back, 70, 100, 60, 100);
        boolean[] zone = AdaptiveSegmenter.envelope(none, back, W, H).zone();
        assertTrue(zone[at(100, 30)], "the crown is scalp");
        assertTrue(zone[at(100, 100)], "the back of the skull, above the neck, is scalp");
        assertFalse(zone[at(100, 170)], "the neck is not");

        // a thick neck, 100 px wide under a skull of 120, hardly narrows; the shoulders below it widen the outline
        boolean[] thick = new boolean[W * H];
        disc(thick, 100, 70, 60, 60);
        fill(thick, 50, 100, 100, 70);
        fill(thick, 10, 170, 180, 30);
        boolean[] thickZone = AdaptiveSegmenter.envelope(none, thick, W, H).zone();
        assertTrue(thickZone[at(100, 60)], "the skull is scalp");
        assertFalse(thickZone[at(100, 140)], "the thick neck is not");
        assertFalse(thickZone[at(30, 190)], "nor are the shoulders");

        // a bald head seen from above, whole or running out of the photo at its bottom: it narrows to its end
        // (the forehead), with no neck below it, and all of it is scalp
        boolean[] top = new boolean[W * H], cut = new boolean[W * H];
        disc(top, 100, 100, 70, 90);
        disc(cut, 100, 130, 70, 90);
        assertTrue(AdaptiveSegmenter.envelope(none, top, W, H).zone()[at(100, 180)], "the bald top's lower end is scalp");
        assertTrue(AdaptiveSegmenter.envelope(none, cut, W, H).zone()[at(100, 195)], "to the photo's edge");
        assertTrue(AdaptiveSegmenter.neckTop(none, top, W, H) == H && AdaptiveSegmenter.neckTop(none, cut, W, H) == H,
                "no neck is found under a skull alone");
    }

    @Test
    void withoutAFaceAHairlessHeadRunningOutOfThePhotoAsWideAsAJawIsScalpOnlyOnItsSkull() {
        // a bald head seen from the side, close: a skull 140 px wide (rows 20 to 160) whose jaw and neck run out of
        // the photo's bottom 110 px wide (0.79 of the skull), neither narrowing under it nor widening into shoulders,
        // so no neck is found; no hair
        boolean[] side = new boolean[W * H], none = new boolean[W * H];
        disc(side, 100, 90, 70, 70);
        fill(side, 40, 120, 110, 80);
        assertTrue(AdaptiveSegmenter.neckTop(none, side, W, H) == H, "no neck is found");
        boolean[] zone = AdaptiveSegmenter.envelope(none, side, W, H).zone();
        // the head's rows are 20 to 199: its skull ends at 20 + 0.65 * 180 = 137
        assertTrue(zone[at(100, 40)] && zone[at(100, 130)], "the skull is scalp");
        assertFalse(zone[at(100, 140)] || zone[at(60, 185)], "the jaw, the neck and the face below it are not");
        // the same outline ending inside the photo is all scalp, as a bald head seen from above ends in the photo
        boolean[] whole = new boolean[W * H];
        disc(whole, 100, 90, 70, 70);
        fill(whole, 40, 120, 110, 60);
        assertTrue(AdaptiveSegmenter.envelope(none, whole, W, H).zone()[at(60, 170)], "a head ending in the photo is");
    }

    @Test
    void withoutAFaceEarsStickingOutOfTheSkullAreSkinAndTheirFoldsTooButATuftOfHairStaysHair() {
        // a shaved head from behind: a skull 120 px wide (x 40 to 160, about 16 cm), ears 40 px tall sticking out 15 px
        // (2 cm) from its sides with a dark fold in one, and a tuft of hair sticking up from its top
        boolean[] head = new boolean[W * H], hair = new boolean[W * H];
        disc(head, 100, 80, 60, 60);
        disc(head, 34, 85, 9, 20);
        disc(head, 166, 85, 9, 20);
        disc(hair, 31, 85, 3, 10);
        disc(hair, 100, 18, 6, 8);
        for (int i = 0; i < head.length; i++) if (hair[i]) head[i] = false;
        AdaptiveSegmenter.Envelope envelope = AdaptiveSegmenter.envelope(hair, head, W, H);
        assertTrue(envelope.zone()[at(100, 80)], "the skull is scalp");
        assertTrue(envelope.zone()[at(44, 80)] && envelope.zone()[at(156, 80)], "to its sides, beside the ears");
        assertTrue(envelope.zone()[at(100, 30)] && envelope.zone()[at(80, 24)], "and to its top, beside the tuft");
        assertFalse(envelope.zone()[at(170, 85)] || envelope.zone()[at(28, 85)], "the ears are not scalp");
        assertTrue(envelope.skin()[at(170, 85)] && envelope.skin()[at(31, 85)], "they are skin, with their fold");
        assertFalse(envelope.skin()[at(100, 14)], "a tuft of hair sticking up stays hair");
        assertFalse(envelope.skin()[at(100, 80)], "the skull is not cut off");
    }

    @Test
    void withoutAFaceAnEarFlatAgainstTheSkullOnTheRimIsSkinButABarePatchInsideTheFringeIsScalp() {
        // a bald top seen from above: a skull 120 px wide, a fringe 15 px thick round its sides and back, ears lying
        // flat against it (sticking out 4 px, too little to be cut off the outline) with hair between them and the
        // bald top, and a bare patch in the fringe at the back with hair all round it
        boolean[] head = new boolean[W * H], hair = new boolean[W * H], top = new boolean[W * H];
        disc(hair, 100, 100, 60, 75);
        disc(top, 100, 95, 45, 60);
        boolean[] ears = new boolean[W * H], patch = new boolean[W * H];
        disc(ears, 42, 105, 6, 20);
        disc(ears, 158, 105, 6, 20);
        disc(patch, 100, 164, 3, 4);
        for (int i = 0; i < head.length; i++) {
            head[i] = top[i] || ears[i] || patch[i];
            if (head[i]) hair[i] = false;
        }
        boolean[] zone = AdaptiveSegmenter.envelope(hair, head, W, H).zone();
        assertTrue(zone[at(100, 95)] && zone[at(60, 95)], "the bald top is scalp");
        assertTrue(zone[at(100, 164)], "a bare patch with hair all round it is scalp");
        assertFalse(zone[at(158, 105)] || zone[at(42, 105)] || zone[at(154, 100)] || zone[at(46, 100)],
                "the ears on the head's rim are not");
    }

    @Test
    void whatIsCutOffTheOutlineNextToAnEarIsThatEarUnlessItIsLargerThanTheEar() {
        boolean[] ears = new boolean[W * H], lobes = new boolean[W * H];
        fill(ears, 10, 80, 10, 40);      // an ear found, 400 px
        fill(lobes, 10, 60, 10, 19);     // its top in the hair's shadow, 190 px, 1 px above it
        fill(ears, 180, 150, 4, 10);     // a small patch of skin, 40 px
        fill(lobes, 180, 100, 15, 48);   // long hair falling past it, 720 px, 2 px above it
        fill(lobes, 100, 0, 10, 10);     // a tuft far from any ear
        boolean[] tops = AdaptiveSegmenter.lobesOfEars(lobes, ears, W, H);
        assertTrue(tops[at(15, 65)], "the ear's top is the ear");
        assertFalse(tops[at(185, 120)], "hair larger than the skin it touches is not");
        assertFalse(tops[at(105, 5)], "nor is what touches no ear");
        assertFalse(tops[at(15, 100)], "the ear itself is not returned");
    }

    @Test
    void theRestOfAnEarFoundGrowsThroughSmoothPixelsOfItsColourAboveAndBelowItNotBesideNorIntoHair() {
        // an ear 20 px wide from row 40 to row 160 (columns 60 to 79), lightness 120, a = 140, b = 145, smooth; found
        // from row 100 to 159 only. Around it: a wall of the ear's colour beside it (columns 80 to 119), a blue
        // background above the wall, and hair with strands of the ear's colour below the ear.
        byte[] lab = new byte[W * H * 3];
        float[] tex = new float[W * H];
        boolean[] ears = new boolean[W * H], within = new boolean[W * H];
        Random rnd = new Random(3);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = at(x, y);
                boolean ear = x >= 60 && x < 80 && y >= 40 && y < 160, wall = x >= 80 && x < 120 && y >= 40;
                boolean hair = y >= 160 && x < 120;
                int l = ear || wall ? 120 : hair ? 110 + rnd.nextInt(20) : 100, a = ear || wall || hair ? 140 : 128;
                int b = ear || wall || hair ? 145 : 100;
                lab[i * 3] = (byte) l;
                lab[i * 3 + 1] = (byte) a;
                lab[i * 3 + 2] = (byte) b;
                tex[i] = hair ? 10 : 1;
                ears[i] = ear && y >= 100;
                within[i] = ears[i];
            }
        }
        boolean[] whole = AdaptiveSegmenter.wholeEars(ears, within, new AdaptiveSegmenter.Work(W, H, lab), tex, 10, 80);
        assertTrue(whole[at(70, 120)], "the ear found is the ear");
        assertTrue(whole[at(70, 45)], "so is its top, above it and of its colour");
        assertFalse(whole[at(100, 120)], "a wall of its colour beside it is not");
        assertFalse(whole[at(70, 30)], "nor the background above it");
        assertFalse(whole[at(70, 170)], "nor the hair below it, which has strands");
        boolean[] near = AdaptiveSegmenter.wholeEars(ears, within, new AdaptiveSegmenter.Work(W, H, lab), tex, 10, 20);
        assertTrue(near[at(70, 85)] && !near[at(70, 45)], "no farther than the reach");
    }

    @Test
    void withoutAFaceAnEarInShadowTakenForHairIsSkinButSmoothHairOfOtherShapesOnTheRimStaysHair() {
        // the bald top and fringe as above (a skull 120 px wide); in the fringe's smooth, lighter-than-hair parts
        // (shaded): an ear in shadow on the rim, a wide patch on the rim at the back and a speck on the rim
        boolean[] head = new boolean[W * H], hair = new boolean[W * H], shaded = new boolean[W * H];
        disc(hair, 100, 100, 60, 75);
        disc(head, 100, 95, 45, 60);
        disc(shaded, 43, 105, 5, 18);       // 3.6 times as tall as wide, 0.02 of the squared skull width
        disc(shaded, 100, 171, 12, 4);      // wider than tall
        disc(shaded, 158, 80, 1, 3);        // under 0.002 of the squared skull width
        for (int i = 0; i < head.length; i++) if (head[i]) hair[i] = false;
        AdaptiveSegmenter.Envelope envelope = AdaptiveSegmenter.envelope(hair, head, W, H, shaded, new float[W * H]);
        assertTrue(envelope.skin()[at(43, 105)], "the ear in shadow is skin");
        assertTrue(envelope.skin()[at(49, 105)], "and its edge, a little beyond its smooth middle");
        assertFalse(envelope.zone()[at(43, 105)], "it is not scalp");
        assertFalse(envelope.skin()[at(100, 171)], "a wide smooth patch on the rim stays hair");
        assertFalse(envelope.skin()[at(158, 80)], "a speck stays hair");
        assertFalse(envelope.skin()[at(60, 160)], "the rest of the fringe stays hair");
        assertTrue(envelope.zone()[at(100, 95)], "the bald top is scalp");
    }

    @Test
    void hairInShadowIsSmoothHairLighterThanTheHairNotHairWithStrandsNorSmoothHairAsDarkAsTheRest() {
        int[] lightness = new int[W * H];
        Random rnd = new Random(5);
        boolean[] hair = new boolean[W * H], dark = new boolean[W * H], person = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = at(x, y), l;
                if (x < 120) l = 30 + rnd.nextInt(50);        // hair with strands, lightness 30 to 79
                else if (x < 160) l = 35;                     // smooth hair in shadow, as dark as the rest
                else l = 110;                                 // smooth, lighter: an ear turned from the light
                lightness[i] = l;
                person[i] = hair[i] = true;
                dark[i] = l < 90;
            }
        }
        float[] tex = HairRegion.texture(work(lightness, 140));
        double hairTexture = HairRegion.hairTexture(tex, dark, person);
        // the hair's median lightness is about 50, the skin's 170: lighter means 50 + 0.15 * 120 = 68 and more
        boolean[] shaded = AdaptiveSegmenter.shadedSkin(hair, dark, person, tex, hairTexture, work(lightness, 140), 170);
        assertTrue(shaded[at(185, 100)], "smooth hair lighter than the hair may be skin in shadow");
        assertFalse(shaded[at(60, 100)], "hair with strands is not");
        assertFalse(shaded[at(140, 100)], "smooth hair as dark as the rest is not");
        assertFalse(AdaptiveSegmenter.shadedSkin(hair, dark, person, tex, Double.NaN, work(lightness, 140), 170)[at(185, 100)],
                "without dense hair to measure, nothing is");
    }

    @Test
    void aBrowIsNotHairButAFringeComingDownOverItIs() {
        // FACE's brow band: rows 53 to 63 (0.17 to 0.3 of the box), columns 76 to 123 (its middle 60%)
        boolean[] hair = new boolean[W * H];
        fill(hair, 40, 10, 120, 30);     // the hair above the face
        fill(hair, 80, 57, 16, 4);       // a brow, inside the band
        fill(hair, 104, 10, 16, 54);     // a fringe from the hair down to the brows
        fill(hair, 60, 57, 14, 4);       // hair at the temple, beside the band
        boolean[] before = hair.clone();
        AdaptiveSegmenter.withoutBrows(hair, W, H, FACE);
        assertFalse(hair[at(88, 58)], "the brow goes");
        assertTrue(hair[at(110, 60)] && hair[at(110, 20)], "the fringe stays down to its tip");
        assertTrue(hair[at(65, 58)], "beside the band nothing changes");
        for (int i = 0; i < hair.length; i++) {
            boolean inBrow = i % W >= 80 && i % W < 96 && i / W >= 57 && i / W < 61;
            if (hair[i] != before[i]) assertTrue(inBrow, "only the brow changes");
        }
    }

    @Test
    void darkSkinInShadeBesideTheEyesIsSkinUnderBlackHairButBrownHairStaysHair() {
        // black hair above FACE (rows 0 to 29), a shaded temple (x 60 to 74, rows 35 to 69, as dark as the hair
        // starts but as warm as the skin: chroma 12.8, hue 51), and the skin (chroma 24.8, hue 50) everywhere else
        boolean[] temple = new boolean[W * H];
        fill(temple, 60, 35, 15, 35);
        for (int hairL : new int[]{20, 60}) {
            byte[] lab = new byte[W * H * 3];
            boolean[] skin = new boolean[W * H], hairLike = new boolean[W * H], dark = new boolean[W * H];
            for (int i = 0; i < W * H; i++) {
                boolean hair = i / W < 30;
                int l = hair ? hairL : temple[i] ? 40 : 140;
                int a = hair ? i % 3 : temple[i] ? 8 : 16, b = hair ? 0 : temple[i] ? 10 : 19;
                lab[i * 3] = (byte) l;
                lab[i * 3 + 1] = (byte) (128 + a);
                lab[i * 3 + 2] = (byte) (128 + b);
                hairLike[i] = dark[i] = hair || temple[i];
                skin[i] = !hairLike[i];
            }
            AdaptiveSegmenter.SkinModel model = new AdaptiveSegmenter.SkinModel(140, 10, 50, 3, 25, 3);
            AdaptiveSegmenter.shadedForehead(skin, hairLike, dark, new AdaptiveSegmenter.Work(W, H, lab), texture(3), model, FACE);
            if (hairL == 20) {
                assertTrue(skin[at(66, 50)] && !hairLike[at(66, 50)] && !dark[at(66, 50)], "the shaded temple is skin");
            } else {
                assertTrue(hairLike[at(66, 50)] && dark[at(66, 50)], "under hair lighter than black, the warm pixels may be hair");
            }
            assertTrue(hairLike[at(100, 20)] && dark[at(100, 20)] && !skin[at(100, 20)], "the hair stays hair");
        }
    }

    /** The scalp zone of a head without a face, with no hair in shadow, on a photo of the given texture. */
    private static boolean[] zone(boolean[] hair, boolean[] head, float[] tex) {
        return AdaptiveSegmenter.envelope(hair, head, W, H, new boolean[W * H], tex).zone();
    }

    /** A photo's texture, the same everywhere. */
    private static float[] texture(float v) {
        float[] t = new float[W * H];
        Arrays.fill(t, v);
        return t;
    }

    /** The pixels of {@code head} where {@code part} holds, taken out of it: hair (or shade) drawn over the head. */
    private static boolean[] split(boolean[] head, IntPredicate part) {
        boolean[] out = new boolean[head.length];
        for (int i = 0; i < head.length; i++) {
            out[i] = head[i] && part.test(i);
            if (out[i]) head[i] = false;
        }
        return out;
    }

    private static void disc(boolean[] m, int cx, int cy, int rx, int ry) {
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double u = (x - cx) / (double) rx, v = (y - cy) / (double) ry;
                if (u * u + v * v <= 1) m[at(x, y)] = true;
            }
        }
    }

    private static void fill(boolean[] m, int x0, int y0, int w, int h) {
        for (int y = y0; y < Math.min(H, y0 + h); y++) for (int x = x0; x < Math.min(W, x0 + w); x++) m[y * W + x] = true;
    }

    private static void fill(byte[] labels, int x0, int y0, int w, int h, byte label) {
        for (int y = y0; y < Math.min(H, y0 + h); y++) for (int x = x0; x < Math.min(W, x0 + w); x++) labels[y * W + x] = label;
    }

    private static int at(int x, int y) {
        return y * W + x;
    }
}
