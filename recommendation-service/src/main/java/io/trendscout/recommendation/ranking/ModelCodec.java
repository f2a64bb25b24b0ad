package io.trendscout.recommendation.ranking;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** A compact, versioned binary form of a {@link Model} (no Java serialization), deflated. */
public final class ModelCodec {

    private static final int FORMAT = 1;

    private ModelCodec() {
    }

    public static byte[] encode(Model model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeLong(model.version());
            out.writeLong(model.trainedAt().toEpochMilli());
            Product[] items = model.items();
            out.writeInt(items.length);
            for (int i = 0; i < items.length; i++) {
                writeProduct(out, items[i]);
                int[] nb = model.neighborArrays()[i];
                float[] sims = model.similarityArrays()[i];
                out.writeInt(nb.length);
                for (int k = 0; k < nb.length; k++) {
                    out.writeInt(nb[k]);
                    out.writeFloat(sims[k]);
                }
                out.writeFloat(model.momentumArray()[i]);
                out.writeFloat(model.popularityArray()[i]);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    public static Model decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                throw new IllegalArgumentException("Unknown model format");
            }
            long version = in.readLong();
            Instant trainedAt = Instant.ofEpochMilli(in.readLong());
            int n = in.readInt();
            Product[] items = new Product[n];
            int[][] nb = new int[n][];
            float[][] sims = new float[n][];
            float[] momentum = new float[n];
            float[] popularity = new float[n];
            for (int i = 0; i < n; i++) {
                items[i] = readProduct(in);
                int k = in.readInt();
                nb[i] = new int[k];
                sims[i] = new float[k];
                for (int x = 0; x < k; x++) {
                    nb[i][x] = in.readInt();
                    sims[i][x] = in.readFloat();
                }
                momentum[i] = in.readFloat();
                popularity[i] = in.readFloat();
            }
            return new Model(version, trainedAt, items, nb, sims, momentum, popularity);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void writeProduct(DataOutputStream out, Product p) throws IOException {
        out.writeLong(p.id().getMostSignificantBits());
        out.writeLong(p.id().getLeastSignificantBits());
        out.writeUTF(p.name());
        writeNullable(out, p.niche());
        writeList(out, p.categories());
        writeList(out, p.tags());
        out.writeBoolean(p.price() != null);
        if (p.price() != null) {
            out.writeDouble(p.price());
        }
        writeNullable(out, p.currency());
        out.writeInt(p.trendScore());
        writeNullable(out, p.trendDirection());
        out.writeByte(p.inStock() == null ? 2 : p.inStock() ? 1 : 0);
    }

    private static Product readProduct(DataInputStream in) throws IOException {
        UUID id = new UUID(in.readLong(), in.readLong());
        String name = in.readUTF();
        String niche = readNullable(in);
        List<String> categories = readList(in);
        List<String> tags = readList(in);
        Double price = in.readBoolean() ? in.readDouble() : null;
        String currency = readNullable(in);
        int trend = in.readInt();
        String direction = readNullable(in);
        byte stock = in.readByte();
        return new Product(id, name, niche, categories, tags, price, currency, trend, direction,
                stock == 2 ? null : stock == 1);
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readUTF());
        }
        return values;
    }
}
