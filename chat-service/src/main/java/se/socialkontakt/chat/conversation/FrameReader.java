package se.socialkontakt.chat.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Reads a client's frame and checks the text it carries; malformed frames are refused, not fatal. */
@ApplicationScoped
public class FrameReader {
    private final ObjectMapper json;
    private final MessageLimits limits;

    FrameReader(ObjectMapper json, MessageLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    public ClientFrame read(String text) {
        try {
            ClientFrame frame = json.readValue(text, ClientFrame.class);
            if (frame == null || frame.type() == null) {
                throw new ChatRefusal("bad-frame");
            }
            return frame;
        } catch (JsonProcessingException e) {
            throw new ChatRefusal("bad-frame");
        }
    }

    /** The cleaned text of a message or note; refused when empty or too long. */
    public String text(ClientFrame frame) {
        String cleaned = MessageText.clean(frame.text());
        Optional<MessageText.Problem> problem = MessageText.check(cleaned, limits.maxLength());
        if (problem.isPresent()) {
            throw new ChatRefusal(problem.get().code());
        }
        return cleaned;
    }

    public static UUID required(UUID id) {
        if (id == null) {
            throw new ChatRefusal("bad-frame");
        }
        return id;
    }
}
