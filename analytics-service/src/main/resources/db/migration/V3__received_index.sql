-- The dashboards ask every second whether anything new was stored.
CREATE INDEX event_received ON event (received_at);
