import type { ImageRef } from '../../domain/article.js';
import { mediaPath } from '../urls.js';
import { h, type SafeHtml } from '../jsx.js';

/**
 * A responsive picture: AVIF, then WebP where the browser takes them (uploads have AVIF, the demo
 * pictures only WebP), JPEG otherwise; width and height always set so that nothing moves when it loads.
 */
export function Picture(props: { image: ImageRef; alt: string; sizes: string; eager?: boolean; className?: string }): SafeHtml {
  const { image } = props;
  const jpegs = image.variants.filter((v) => v.mime === 'image/jpeg').sort((a, b) => a.width - b.width);
  const webps = image.variants.filter((v) => v.mime === 'image/webp').sort((a, b) => a.width - b.width);
  const avifs = image.variants.filter((v) => v.mime === 'image/avif').sort((a, b) => a.width - b.width);
  const srcset = (list: typeof jpegs) => list.map((v) => `${mediaPath(v.file)} ${v.width}w`).join(', ');
  const fallback = jpegs.find((v) => v.width >= 640) ?? jpegs[jpegs.length - 1];
  return (
    <picture class={props.className}>
      {avifs.length ? <source type="image/avif" srcset={srcset(avifs)} sizes={props.sizes} /> : null}
      {webps.length ? <source type="image/webp" srcset={srcset(webps)} sizes={props.sizes} /> : null}
      <img
        src={mediaPath(fallback ? fallback.file : image.file)}
        srcset={jpegs.length ? srcset(jpegs) : undefined}
        sizes={jpegs.length ? props.sizes : undefined}
        width={image.width}
        height={image.height}
        alt={props.alt}
        loading={props.eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={props.eager ? 'high' : undefined}
      />
    </picture>
  );
}
