-- Who asked a supervisor to look at a conversation, so a supervisor's console that reconnects while the conversation
-- is open gets the escalation again (a staff user name; the young person stays anonymous).
ALTER TABLE conversation ADD COLUMN escalated_by VARCHAR(100);
