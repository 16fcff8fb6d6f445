package io.smp.engine.synth;

/** Skin and hair colours of the synthetic clients, roughly Fitzpatrick types II, IV and VI. */
public enum SkinTone {
    LIGHT(0xE8C4A8, 0x3B2A20),
    MEDIUM(0xC08A62, 0x241812),
    DARK(0x6E4A34, 0x120D0B);

    final int skin;
    final int hair;

    SkinTone(int skin, int hair) {
        this.skin = skin;
        this.hair = hair;
    }
}
