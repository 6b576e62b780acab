package se.socialkontakt.chat.conversation;

/** Who wrote a message in a conversation. */
public enum Sender {
    YOUTH, COUNSELLOR, SUPERVISOR, SYSTEM
}
