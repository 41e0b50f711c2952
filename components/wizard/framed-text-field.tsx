'use client'

import { useEffect, useState, type ComponentProps } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { TextField } from '@/components/ui/fields'
import type { FormValues } from '@/lib/situation/form'
import { DETAIL_FIELDS, detailArgs, detailFieldName } from '@/lib/situation/limits'
import { FRAME_MESSAGES, type FrameField } from '@/lib/wording/frame-fields'
import type { Frames } from '@/lib/wording/frames'

type Preview = typeof import('@/lib/wording/preview')

const isFramed = (name: string): name is FrameField => name in FRAME_MESSAGES

/**
 * A free-text question with the sentence its answer goes into: the frame as plain text (from
 * the server, so it shows without JavaScript) and, once the person types, a live preview made
 * in the browser. Nothing typed is sent anywhere until the form is.
 */
export function FramedTextField({
  frames,
  control,
  ...props
}: ComponentProps<typeof TextField> & { frames?: Frames; control: Control<FormValues> }) {
  const { name } = props
  const framed = frames && isFramed(name) ? frames.frames[name] : undefined
  const details = useWatch({ control, name: 'details' })
  const tone = useWatch({ control, name: 'tone' })
  const [preview, setPreview] = useState<Preview>()
  useEffect(() => {
    if (framed && !preview)
      void import('@/lib/wording/preview').then((module) => setPreview(module))
  }, [framed, preview])

  let shown: ComponentProps<typeof TextField>['preview']
  const typed = DETAIL_FIELDS.find((field) => detailFieldName(field) === name)
  if (frames && framed && preview && typed && isFramed(name)) {
    const answers: Record<string, string> = { ...detailArgs(details), tone }
    const own = answers[typed.arg]?.trim() ?? ''
    if (own) {
      const text = preview.previewSentence(frames.sources, FRAME_MESSAGES[name].id, answers)
      // The first word of what they typed is missing from the sentence: it was left out.
      const first = own
        .split(/\s+/)[0]!
        .replace(/[^\p{L}\p{N}]/gu, '')
        .toLowerCase()
      shown = { text, leftOut: first !== '' && !text.toLowerCase().includes(first) }
    }
  }
  return <TextField {...props} frame={framed} preview={shown} />
}
