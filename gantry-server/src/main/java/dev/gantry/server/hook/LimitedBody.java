package dev.gantry.server.hook;

import dev.gantry.server.http.ApiRefusal;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read whole, up to a limit of its own (webhook payloads may be far larger than the API's other
 * bodies: GitHub sends up to 25 MB). Blocks while the body arrives.
 */
final class LimitedBody {

    private LimitedBody() {
    }

    /** The body of {@code ctx}; a 413 refusal when it is longer than {@code limit} bytes. */
    static byte[] read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(-1, limit);
            }
            return body;
        } catch (IOException e) {
            throw ApiRefusal.badRequest("The webhook delivery body could not be read: " + e.getMessage() + ".");
        }
    }

    private static ApiRefusal tooLarge(long length, int limit) {
        String size = length < 0 ? "longer than" : length + " bytes, over";
        return new ApiRefusal(413, "The webhook delivery body is " + size + " the limit of " + limit + " bytes.");
    }
}
