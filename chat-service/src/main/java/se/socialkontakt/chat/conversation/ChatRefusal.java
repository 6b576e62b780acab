package se.socialkontakt.chat.conversation;

/** A frame the chat will not act on; the client gets an error frame with the code and the connection stays open. */
public class ChatRefusal extends RuntimeException {
    private final String code;

    public ChatRefusal(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
