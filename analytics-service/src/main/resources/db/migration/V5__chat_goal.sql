-- The strategy's example goal comes from the youth chat's plan: young people seeking advice and support through the
-- chat, 30 a year in 2013, to be 60. It was first tied to the contact center's advice category, a figure a hundred
-- times larger that the goal never meant; it now follows the chat's answered conversations.
UPDATE goal SET name = 'Unga som fått råd och stöd i chatten per år', metric = 'chat.answered'
WHERE id = '7a1b2c3d-0000-4000-8000-000000000001' AND metric = 'contacts.category.ADVICE';
