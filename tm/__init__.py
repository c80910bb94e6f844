"""tifa's text side: corpus cleaning, segmentation, TMX, alignment, translation memory."""
