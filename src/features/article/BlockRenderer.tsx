import type { ComponentType } from 'react';
import type { Block, BlockType } from '../../content-api';
import { Figure } from '../../components';
import { InlineRenderer } from './InlineRenderer';

type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;
type BlockComponent<K extends BlockType> = ComponentType<{ block: BlockOf<K> }>;

function Paragraph({ block }: { block: BlockOf<'paragraph'> }) {
  return (
    <p>
      <InlineRenderer content={block.content} />
    </p>
  );
}

function Heading({ block }: { block: BlockOf<'heading'> }) {
  const Tag = block.level === 2 ? 'h2' : 'h3';
  return (
    <Tag>
      <InlineRenderer content={block.content} />
    </Tag>
  );
}

function Quote({ block }: { block: BlockOf<'quote'> }) {
  return (
    <figure className="quote">
      <blockquote>
        <p>
          <InlineRenderer content={block.content} />
        </p>
      </blockquote>
      {block.cite && <figcaption className="quote__cite">{block.cite}</figcaption>}
    </figure>
  );
}

function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return <Figure image={block.image} />;
}

function List({ block }: { block: BlockOf<'list'> }) {
  const Tag = block.ordered ? 'ol' : 'ul';
  return (
    <Tag>
      {block.items.map((item, i) => (
        <li key={i}>
          <InlineRenderer content={item} />
        </li>
      ))}
    </Tag>
  );
}

/** The one place a block type meets its component; a new block type fails to compile until it has one. */
const blockComponents: { [K in BlockType]: BlockComponent<K> } = {
  paragraph: Paragraph,
  heading: Heading,
  quote: Quote,
  image: ImageBlock,
  list: List,
};

function BlockView<K extends BlockType>({ block }: { block: BlockOf<K> }) {
  const Component: BlockComponent<K> = blockComponents[block.type as K];
  return <Component block={block} />;
}

/** An article body: typed blocks in order. */
export function BlockRenderer({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
