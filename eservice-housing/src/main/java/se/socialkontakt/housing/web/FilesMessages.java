package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Attachments, the review before submitting and the receipt, in plain Swedish;
 * English in messages/files_en.properties (keep the two side by side).
 * Split by page so that no bundle grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "files", locale = "sv")
public interface FilesMessages {
    @Message("Bilagor")
    String attachmentsTitle();

    @Message("Här kan du bifoga till exempel ett läkarintyg. Bilagor är frivilliga, utom fullmakten om du ansöker med fullmakt. Filen ska vara PDF, JPEG eller PNG och högst 10 MB.")
    String attachmentsIntro();

    @Message("Välj en fil")
    String attachmentFile();

    @Message("Ladda upp")
    String upload();

    @Message("Laddar upp …")
    String uploading();

    @Message("Filen är uppladdad.")
    String uploaded();

    @Message("Ta bort")
    String removeAttachment();

    @Message("Filen är borttagen.")
    String removed();

    @Message("Uppladdade filer")
    String attachedFiles();

    @Message("Inga filer ännu.")
    String noAttachments();

    @Message("Välj en fil att ladda upp")
    String fileMissing();

    @Message("Filen är större än 10 MB")
    String fileTooLarge();

    @Message("Filen måste vara PDF, JPEG eller PNG")
    String fileWrongType();

    @Message("Du kan inte ladda upp fler filer")
    String fileTooMany();

    @Message("Du ansöker med fullmakt. Ladda upp fullmakten här innan du skickar ansökan.")
    String powerOfAttorneyNeeded();

    @Message("Ladda ner {name}")
    String download(String name);

    @Message("Granska och skicka")
    String reviewTitle();

    @Message("Kontrollera dina svar. Du kan ändra dem innan du skickar.")
    String reviewIntro();

    @Message("Ändra")
    String change();

    @Message("Inte besvarat")
    String notAnswered();

    @Message("När du skickar intygar du att uppgifterna stämmer.")
    String declaration();

    @Message("Skicka ansökan")
    String submit();

    @Message("Skickar …")
    String submitting();

    @Message("Steget är inte klart:")
    String stepMissing();

    @Message("Ladda upp fullmakten under Bilagor")
    String attachPowerOfAttorney();

    @Message("Ansökan är skickad")
    String receiptTitle();

    @Message("Tack! Vi har tagit emot din ansökan.")
    String receiptText();

    @Message("Spara ärendenumret. Uppge det när du kontaktar oss.")
    String receiptKeep();

    @Message("Beslutet väntas senast")
    String expectedDecision();

    @Message("Nu registreras ansökan. En biståndshandläggare hör av sig till dig, ofta för att boka ett hembesök.")
    String receiptNext();

    @Message("Till mina ansökningar")
    String toApplications();
}
