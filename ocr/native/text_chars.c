/* What reading a PDFium text page asks of every character, in one call (see ocr/native/__init__.py).
 *
 * PDFium has no call for all characters at once; from Python each answer costs a ctypes call of about a
 * microsecond, and a page asks several per character. The functions are passed in as pointers, so this
 * file needs no PDFium header and links against nothing: pypdfium2 has already loaded the library. */

typedef int (*loose_char_box)(void *textpage, int index, float *rect);
typedef int (*is_generated)(void *textpage, int index);
typedef int (*char_matrix)(void *textpage, int index, float *matrix);
typedef double (*font_size)(void *textpage, int index);

/* functions: FPDFText_GetLooseCharBox, FPDFText_IsGenerated, FPDFText_GetMatrix, FPDFText_GetFontSize.
 * Per character: boxes 4 floats (FS_RECTF) and found (1 where PDFium gave a box); generated (1, 0 or
 * -1, as PDFium answers); matrices 6 floats (FS_MATRIX) and has_matrix; sizes. Returns count. */
int text_chars(void **functions, void *textpage, int count, float *boxes, unsigned char *found,
               signed char *generated, float *matrices, unsigned char *has_matrix, double *sizes)
{
    loose_char_box box = (loose_char_box)functions[0];
    is_generated made_up = (is_generated)functions[1];
    char_matrix matrix = (char_matrix)functions[2];
    font_size size = (font_size)functions[3];
    for (int i = 0; i < count; i++) {
        found[i] = box(textpage, i, boxes + 4 * i) ? 1 : 0;
        generated[i] = (signed char)made_up(textpage, i);
        has_matrix[i] = matrix(textpage, i, matrices + 6 * i) ? 1 : 0;
        sizes[i] = size(textpage, i);
    }
    return count;
}
