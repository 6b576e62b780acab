package se.socialkontakt.events;

/** What a youth chat was about: chosen by the young person before the chat, or tagged by the counsellor after it. */
public enum ChatTopic {
    FAMILY, SCHOOL, FRIENDS, FEELINGS, VIOLENCE, SELF_HARM, ALCOHOL_DRUGS, SEXUALITY, CRIME, OTHER
}
