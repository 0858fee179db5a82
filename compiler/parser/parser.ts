// The Chevrotain CstParser for Deed's Move dialect: a token vector in, a concrete syntax tree
// and recognition errors out. It only parses; to-ast.ts validates literals, assignment targets,
// modifiers and semicolons, and builds the typed AST.
//
// Grammar notes (each rule also carries its production as a comment):
// - `name<` starts type arguments only when `<` touches the name (`f<T>(x)` vs `a < b`), as in
//   Move's own parser.
// - Control expressions whose last part is a `{ block }` (`if (c) {..} else {..}`, `while`,
//   `loop`, `match`) end there; only a binary operator may continue them. Branches that are not
//   blocks take a whole expression, greedily (`if (c) a else b + 1` is `if (c) a else (b + 1)`).
// - Binary expressions are parsed flat (`operand (op operand | 'as' type)*`); to-ast applies
//   precedence.
// - Comma-separated lists are written `(item ','?)*`: a missing comma does not derail the parse,
//   and to-ast reports it where it happened (comma tokens carry the label `sep`). Lists whose
//   items could run together (attributes, function-type parameters) use strict separators.

import { CstParser, EOF, type CstNode, type IToken, type TokenType, type IParserErrorMessageProvider } from 'chevrotain';
import * as T from './tokens.js';

const END_OF_EXP = new Set<TokenType>([T.Semicolon, T.RCurly, T.RParen, T.Comma, T.RBracket, T.Else, T.FatArrow, EOF]);

/** Exclusive end offset. The lexer tracks start offsets only; every token's image is exact. */
export function tokenEnd(tok: IToken): number {
  return tok.startOffset + tok.image.length;
}

function show(t: TokenType): string {
  if (t === EOF) return 'end of file';
  return typeof t.LABEL === 'string' ? t.LABEL : t.name;
}

const KEYWORDS = new Set<string>(T.STRICT_KEYWORDS);

function tokenText(tok: IToken): string {
  if (tok.tokenType === EOF) return 'end of file';
  const s = tok.image.length > 24 ? tok.image.slice(0, 24) + '…' : tok.image;
  // Naming a reserved word explains the most puzzling case: `let fun = 1;`.
  return KEYWORDS.has(tok.image) ? `keyword \`${s}\`` : `\`${s}\``;
}

const RULE_DESCRIPTIONS: Record<string, string> = {
  exp: 'an expression',
  operand: 'an expression',
  tail: 'an operator',
  type: 'a type',
  pattern: 'a pattern',
  patternAtom: 'a pattern',
  member: 'a module member (`fun`, `struct`, `enum`, `const`, `use`, `friend`)',
  fileItem: '`module`',
  namePath: 'a name',
  leadingAddress: 'an address or a name',
  attribute: 'an attribute',
  attributeValue: 'an attribute value',
  literal: 'a literal',
  binaryOp: 'an operator',
  ability: 'an ability (`copy`, `drop`, `store`, `key`)',
};

/** Messages in the form "expected X, found `y`", which to-ast turns into E01002 diagnostics. */
export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${show(expected)}, found ${tokenText(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected \`module\`, found ${tokenText(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const desc = RULE_DESCRIPTIONS[ruleName];
    if (desc) return `expected ${desc}, found ${tokenText(actual[0]!)}`;
    const firsts = new Set<string>();
    for (const alt of expectedPathsPerAlt) for (const path of alt) if (path[0]) firsts.add(show(path[0]));
    const list = [...firsts];
    const what = list.length > 5 ? `one of ${list.slice(0, 5).join(', ')}, …` : list.join(' or ');
    return `expected ${what}, found ${tokenText(actual[0]!)}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const desc = RULE_DESCRIPTIONS[ruleName];
    if (desc) return `expected ${desc}, found ${tokenText(actual[0]!)}`;
    const firsts = [...new Set(expectedIterationPaths.map((p) => (p[0] ? show(p[0]) : '')).filter((s) => s))];
    return `expected ${firsts.join(' or ')}, found ${tokenText(actual[0]!)}`;
  },
};

export class MoveParser extends CstParser {
  /** >0 while parsing the type of an `as` cast (reset for every input). */
  private castTypeDepth = 0;

  override set input(tokens: IToken[]) {
    this.castTypeDepth = 0;
    super.input = tokens;
  }

  override get input(): IToken[] {
    return super.input;
  }

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider: errorMessages, nodeLocationTracking: 'onlyOffset' });
    this.performSelfAnalysis();
  }

  // --- gates --------------------------------------------------------------------------------

  private isWord(k: number, word: string): boolean {
    const t = this.LA(k);
    return t.tokenType === T.Identifier && t.image === word;
  }

  /** The next token starts right where the previous one ended (no whitespace between). */
  private adjacent(): boolean {
    const prev = this.LA(0);
    return prev !== undefined && this.LA(1).startOffset === tokenEnd(prev);
  }

  private adjacentLess(): boolean {
    return this.LA(1).tokenType === T.Less && this.adjacent();
  }

  /** Two `>` tokens with nothing between them read as `>>`. */
  private shiftRight(): boolean {
    const a = this.LA(1);
    const b = this.LA(2);
    return a.tokenType === T.Greater && b.tokenType === T.Greater && b.startOffset === tokenEnd(a);
  }

  private atModifier(): boolean {
    const tt = this.LA(1).tokenType;
    return tt === T.Public || tt === T.Native || ((this.isWord(1, 'entry') || this.isWord(1, 'macro')) && this.LA(2).tokenType !== T.LParen);
  }

  /** A number starts a literal unless it is the address of a path (`0x2::coin::value`). */
  private atLiteral(): boolean {
    return !(this.LA(1).tokenType === T.NumberLit && this.LA(2).tokenType === T.ColonColon);
  }

  private atEndOfExp(): boolean {
    return END_OF_EXP.has(this.LA(1).tokenType);
  }

  /** `match (e) {`: the contextual keyword, then a parenthesized subject, then a brace. */
  private atMatch(): boolean {
    if (!this.isWord(1, 'match') || this.LA(2).tokenType !== T.LParen) return false;
    let depth = 0;
    for (let k = 2; ; k++) {
      const tt = this.LA(k).tokenType;
      if (tt === EOF) return false;
      if (tt === T.LParen || tt === T.LBracket || tt === T.LCurly) depth++;
      else if (tt === T.RParen || tt === T.RBracket || tt === T.RCurly) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === T.LCurly;
        if (depth < 0) return false;
      }
    }
  }

  // --- files and modules ----------------------------------------------------------------------

  // file := fileItem*
  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.fileItem));
  });

  // fileItem := attributes* (module | 'address' leadingAddress '{' module* '}')
  public fileItem = this.RULE('fileItem', () => {
    this.MANY(() => this.SUBRULE(this.attributes));
    this.OR([
      { ALT: () => this.SUBRULE(this.moduleDecl) },
      {
        GATE: () => this.isWord(1, 'address'),
        ALT: () => this.SUBRULE(this.addressBlock),
      },
    ]);
  });

  // addressBlock := 'address' leadingAddress '{' (attributes* module)* '}'
  public addressBlock = this.RULE('addressBlock', () => {
    this.CONSUME(T.Identifier, { LABEL: 'addressKw' });
    this.SUBRULE(this.leadingAddress);
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.MANY2(() => this.SUBRULE(this.attributes));
      this.SUBRULE(this.moduleDecl);
    });
    this.CONSUME(T.RCurly);
  });

  // moduleDecl := 'module' (leadingAddress '::')? Identifier ('{' member* '}' | ';' member*)
  public moduleDecl = this.RULE('moduleDecl', () => {
    this.CONSUME(T.Module);
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.ColonColon,
      DEF: () => {
        this.SUBRULE(this.leadingAddress);
        this.CONSUME(T.ColonColon);
      },
    });
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LCurly);
          this.MANY(() => this.SUBRULE(this.member));
          this.CONSUME(T.RCurly);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Semicolon, { LABEL: 'fileForm' });
          this.MANY2(() => this.SUBRULE2(this.member));
        },
      },
    ]);
  });

  // leadingAddress := Number | Identifier
  public leadingAddress = this.RULE('leadingAddress', () => {
    this.OR([{ ALT: () => this.CONSUME(T.NumberLit) }, { ALT: () => this.CONSUME(T.Identifier) }]);
  });

  // attributes := '#' '[' attribute (',' attribute)* ','? ']'
  public attributes = this.RULE('attributes', () => {
    this.CONSUME(T.Hash);
    this.CONSUME(T.LBracket);
    // Strict separators (a trailing one is fine): a missing `]` must not let the next
    // declaration read as more attributes.
    this.SUBRULE(this.attribute);
    this.MANY({
      GATE: () => this.LA(1).tokenType === T.Comma && this.LA(2).tokenType !== T.RBracket,
      DEF: () => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.attribute);
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RBracket);
  });

  // attribute := attrName ('=' attributeValue | '(' attribute,* ')')?
  // Attribute names may be keywords (`#[test_only]`, but also `#[spec_only]`-like words).
  public attribute = this.RULE('attribute', () => {
    this.SUBRULE(this.attrName);
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Equal);
            this.SUBRULE(this.attributeValue);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            this.MANY7(() => {
              this.SUBRULE2(this.attribute);
              this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
            });
            this.CONSUME(T.RParen);
          },
        },
      ]),
    );
  });

  public attrName = this.RULE('attrName', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.Native) },
      { ALT: () => this.CONSUME(T.Use) },
      { ALT: () => this.CONSUME(T.Friend) },
      { ALT: () => this.CONSUME(T.Module) },
      { ALT: () => this.CONSUME(T.Fun) },
      { ALT: () => this.CONSUME(T.Struct) },
      { ALT: () => this.CONSUME(T.Const) },
    ]);
  });

  // attributeValue := literal | namePath
  public attributeValue = this.RULE('attributeValue', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.atLiteral(), ALT: () => this.SUBRULE(this.literal) },
        { ALT: () => this.SUBRULE(this.namePath) },
      ],
    });
  });

  // member := attributes* modifier* (function | struct | enum | use | const | friend)
  public member = this.RULE('member', () => {
    this.MANY(() => this.SUBRULE(this.attributes));
    this.MANY2({ GATE: () => this.atModifier(), DEF: () => this.SUBRULE(this.modifier) });
    this.OR([
      { ALT: () => this.SUBRULE(this.functionDecl) },
      { ALT: () => this.SUBRULE(this.structDecl) },
      { GATE: () => this.isWord(1, 'enum'), ALT: () => this.SUBRULE(this.enumDecl) },
      { ALT: () => this.SUBRULE(this.useDecl) },
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.friendDecl) },
    ]);
  });

  // modifier := 'public' ('(' ('package' | 'friend' | 'script') ')')? | 'native' | 'entry' | 'macro'
  public modifier = this.RULE('modifier', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Public);
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.OR2([{ ALT: () => this.CONSUME(T.Friend) }, { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'scope' }) }]);
            this.CONSUME(T.RParen);
          });
        },
      },
      { ALT: () => this.CONSUME(T.Native) },
      {
        GATE: () => (this.isWord(1, 'entry') || this.isWord(1, 'macro')) && this.LA(2).tokenType !== T.LParen,
        ALT: () => this.CONSUME2(T.Identifier, { LABEL: 'word' }),
      },
    ]);
  });

  // useDecl := 'use' ('fun' namePath 'as' namePath '.' Identifier | leadingAddress '::' useTail) ';'
  public useDecl = this.RULE('useDecl', () => {
    this.CONSUME(T.Use);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Fun);
          this.SUBRULE(this.namePath, { LABEL: 'function' });
          this.CONSUME(T.As);
          this.SUBRULE2(this.namePath, { LABEL: 'type' });
          this.CONSUME(T.Dot);
          this.CONSUME(T.Identifier, { LABEL: 'method' });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.leadingAddress);
          this.CONSUME(T.ColonColon);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.LCurly);
                this.MANY7(() => {
                  this.SUBRULE(this.useModuleEntry);
                  this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
                });
                this.CONSUME(T.RCurly);
              },
            },
            { ALT: () => this.SUBRULE2(this.useModuleEntry) },
          ]);
        },
      },
    ]);
    this.CONSUME(T.Semicolon);
  });

  // useModuleEntry := Identifier ('as' Identifier | '::' (useMember | '{' useMember,* '}'))?
  public useModuleEntry = this.RULE('useModuleEntry', () => {
    this.CONSUME(T.Identifier, { LABEL: 'module' });
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.As);
            this.CONSUME2(T.Identifier, { LABEL: 'alias' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.ColonColon);
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.LCurly, { LABEL: 'brace' });
                  this.MANY7(() => {
                    this.SUBRULE(this.useMember);
                    this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
                  });
                  this.CONSUME(T.RCurly);
                },
              },
              { ALT: () => this.SUBRULE2(this.useMember) },
            ]);
          },
        },
      ]),
    );
  });

  // useMember := Identifier ('as' Identifier)?
  public useMember = this.RULE('useMember', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.CONSUME2(T.Identifier, { LABEL: 'alias' });
    });
  });

  // friendDecl := 'friend' namePath ';'
  public friendDecl = this.RULE('friendDecl', () => {
    this.CONSUME(T.Friend);
    this.SUBRULE(this.namePath);
    this.CONSUME(T.Semicolon);
  });

  // constDecl := 'const' Identifier ':' type '=' exp ';'
  public constDecl = this.RULE('constDecl', () => {
    this.CONSUME(T.Const);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
    this.CONSUME(T.Equal);
    this.SUBRULE(this.exp);
    this.CONSUME(T.Semicolon);
  });

  // structDecl := 'struct' Identifier datatypeTypeParams? abilities?
  //               ( '{' fieldDecl,* '}' abilities? ';'? | '(' type,* ')' abilities? ';' | ';' )
  public structDecl = this.RULE('structDecl', () => {
    this.CONSUME(T.Struct);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.datatypeTypeParams));
    this.OPTION2({ GATE: () => this.isWord(1, 'has'), DEF: () => this.SUBRULE(this.abilities, { LABEL: 'prefixAbilities' }) });
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.namedFields);
          this.OPTION3({ GATE: () => this.isWord(1, 'has'), DEF: () => this.SUBRULE2(this.abilities, { LABEL: 'postfixAbilities' }) });
          this.OPTION4(() => this.CONSUME(T.Semicolon));
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.positionalFields);
          this.OPTION5({ GATE: () => this.isWord(1, 'has'), DEF: () => this.SUBRULE3(this.abilities, { LABEL: 'postfixAbilities' }) });
          this.CONSUME2(T.Semicolon);
        },
      },
      { ALT: () => this.CONSUME3(T.Semicolon, { LABEL: 'noFields' }) },
    ]);
  });

  // namedFields := '{' (Identifier ':' type),* '}'
  public namedFields = this.RULE('namedFields', () => {
    this.CONSUME(T.LCurly);
    this.MANY7(() => {
      this.SUBRULE(this.fieldDecl);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RCurly);
  });

  public fieldDecl = this.RULE('fieldDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
  });

  // positionalFields := '(' type,* ')'
  public positionalFields = this.RULE('positionalFields', () => {
    this.CONSUME(T.LParen);
    this.MANY7(() => {
      this.SUBRULE(this.type);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RParen);
  });

  // abilities := 'has' ability (',' ability)*
  public abilities = this.RULE('abilities', () => {
    this.CONSUME(T.Identifier, { LABEL: 'has' });
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.ability) });
  });

  // ability := 'copy' | Identifier   (`copy` is a keyword; drop/store/key are plain words)
  public ability = this.RULE('ability', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Copy) }, { ALT: () => this.CONSUME(T.Identifier) }]);
  });

  // datatypeTypeParams := '<' ('phantom'? Identifier constraints?),* '>'
  public datatypeTypeParams = this.RULE('datatypeTypeParams', () => {
    this.CONSUME(T.Less);
    this.MANY7(() => {
      this.SUBRULE(this.datatypeTypeParam);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.Greater);
  });

  public datatypeTypeParam = this.RULE('datatypeTypeParam', () => {
    this.OPTION({
      GATE: () => this.isWord(1, 'phantom') && this.LA(2).tokenType === T.Identifier,
      DEF: () => this.CONSUME(T.Identifier, { LABEL: 'phantom' }),
    });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.constraints));
  });

  // constraints := ':' ability ('+' ability)*
  public constraints = this.RULE('constraints', () => {
    this.CONSUME(T.Colon);
    this.AT_LEAST_ONE_SEP({ SEP: T.Plus, DEF: () => this.SUBRULE(this.ability) });
  });

  // enumDecl := 'enum' Identifier datatypeTypeParams? abilities? '{' variant,* '}' abilities? ';'?
  public enumDecl = this.RULE('enumDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'enumKw' });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.datatypeTypeParams));
    this.OPTION2({ GATE: () => this.isWord(1, 'has'), DEF: () => this.SUBRULE(this.abilities, { LABEL: 'prefixAbilities' }) });
    this.CONSUME(T.LCurly);
    this.MANY7(() => {
      this.SUBRULE(this.variantDecl);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RCurly);
    this.OPTION3({ GATE: () => this.isWord(1, 'has'), DEF: () => this.SUBRULE2(this.abilities, { LABEL: 'postfixAbilities' }) });
    this.OPTION4(() => this.CONSUME(T.Semicolon));
  });

  // variantDecl := Identifier (namedFields | positionalFields)?
  public variantDecl = this.RULE('variantDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() =>
      this.OR([{ ALT: () => this.SUBRULE(this.namedFields) }, { ALT: () => this.SUBRULE(this.positionalFields) }]),
    );
  });

  // functionDecl := 'fun' Identifier funTypeParams? '(' param,* ')' (':' type)?
  //                 ('acquires' namePath,+)? (block | ';')
  public functionDecl = this.RULE('functionDecl', () => {
    this.CONSUME(T.Fun);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.funTypeParams));
    this.CONSUME(T.LParen);
    this.MANY7(() => {
      this.SUBRULE(this.param);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RParen);
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type, { LABEL: 'returnType' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.Acquires);
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.namePath, { LABEL: 'acquires' }) });
    });
    this.OR([{ ALT: () => this.SUBRULE(this.block, { LABEL: 'body' }) }, { ALT: () => this.CONSUME(T.Semicolon) }]);
  });

  // funTypeParams := '<' (Identifier constraints?),* '>'
  public funTypeParams = this.RULE('funTypeParams', () => {
    this.CONSUME(T.Less);
    this.MANY7(() => {
      this.SUBRULE(this.funTypeParam);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.Greater);
  });

  public funTypeParam = this.RULE('funTypeParam', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.constraints));
  });

  // param := 'mut'? Identifier ':' type
  public param = this.RULE('param', () => {
    this.OPTION({
      GATE: () => this.isWord(1, 'mut') && this.LA(2).tokenType === T.Identifier,
      DEF: () => this.CONSUME(T.Identifier, { LABEL: 'mut' }),
    });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
  });

  // --- names and types ------------------------------------------------------------------------

  // namePath := (Number | Identifier) ('::' Identifier)*      (a leading number needs a '::')
  public namePath = this.RULE('namePath', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NumberLit, { LABEL: 'address' });
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.ColonColon);
            this.CONSUME(T.Identifier, { LABEL: 'names' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Identifier, { LABEL: 'names' });
          this.MANY(() => {
            this.CONSUME2(T.ColonColon);
            this.CONSUME3(T.Identifier, { LABEL: 'names' });
          });
        },
      },
    ]);
  });

  // typeArgs := '<' type,* '>'
  public typeArgs = this.RULE('typeArgs', () => {
    this.CONSUME(T.Less);
    this.MANY7(() => {
      this.SUBRULE(this.type);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.Greater);
  });

  // type := '&' type | '&mut' type | '(' type,* ')' | '|' type,* '|' ('->' type)?
  //       | '||' ('->' type)? | namePath typeArgs?
  public type = this.RULE('type', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Amp, { LABEL: 'ref' });
          this.SUBRULE(this.type, { LABEL: 'inner' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.AmpMut, { LABEL: 'mutRef' });
          this.SUBRULE2(this.type, { LABEL: 'inner' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen, { LABEL: 'tuple' });
          this.MANY7(() => {
            this.SUBRULE3(this.type, { LABEL: 'elements' });
            this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
          });
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Pipe, { LABEL: 'fun' });
          // Strict separators: a `|` after a parameter type closes the list, never starts a type.
          this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE4(this.type, { LABEL: 'elements' }) });
          this.CONSUME2(T.Pipe);
          this.OPTION(() => {
            this.CONSUME(T.Arrow);
            this.SUBRULE5(this.type, { LABEL: 'result' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.PipePipe, { LABEL: 'fun' });
          this.OPTION2(() => {
            this.CONSUME2(T.Arrow);
            this.SUBRULE6(this.type, { LABEL: 'result' });
          });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.namePath);
          this.OPTION3({ GATE: () => this.castTypeDepth === 0 || this.adjacentLess(), DEF: () => this.SUBRULE(this.typeArgs) });
        },
      },
    ]);
  });

  // --- expressions ----------------------------------------------------------------------------

  // exp := lambda | operand tail* ('=' exp)?
  // tail := binaryOp operand | 'as' type
  // Binary expressions are kept flat here; to-ast applies precedence, with `as` as a postfix
  // operator between the comparisons and `|`, as in Move 2024 (`a == b as u64` casts `b`).
  public exp = this.RULE('exp', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.lambda) },
      {
        ALT: () => {
          this.SUBRULE(this.operand);
          this.MANY(() => this.SUBRULE(this.tail));
          this.OPTION(() => {
            this.CONSUME(T.Equal);
            this.SUBRULE(this.exp, { LABEL: 'value' });
          });
        },
      },
    ]);
  });

  public tail = this.RULE('tail', () => {
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.binaryOp);
          this.SUBRULE(this.operand);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.As);
          // Type arguments of a cast's type must touch their name: `x as u64 < y` compares.
          this.ACTION(() => this.castTypeDepth++);
          this.SUBRULE(this.type, { LABEL: 'cast' });
          this.ACTION(() => this.castTypeDepth--);
        },
      },
    ]);
  });

  // lambda := ('|' lambdaParam,* '|' | '||') ('->' type)? exp
  public lambda = this.RULE('lambda', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Pipe);
          this.MANY7(() => {
            this.SUBRULE(this.lambdaParam);
            this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
          });
          this.CONSUME2(T.Pipe);
        },
      },
      { ALT: () => this.CONSUME(T.PipePipe) },
    ]);
    this.OPTION(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.type);
    });
    this.SUBRULE(this.exp, { LABEL: 'body' });
  });

  // lambdaParam := patternAtom (':' type)?
  public lambdaParam = this.RULE('lambdaParam', () => {
    this.SUBRULE(this.patternAtom);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
    });
  });

  // binaryOp := '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '|' | '^' | '&'
  //           | '<<' | '>' '>' | '+' | '-' | '*' | '/' | '%'
  public binaryOp = this.RULE('binaryOp', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.shiftRight(),
          ALT: () => {
            this.CONSUME(T.Greater, { LABEL: 'shr' });
            this.CONSUME2(T.Greater, { LABEL: 'shr' });
          },
        },
        { ALT: () => this.CONSUME(T.PipePipe) },
        { ALT: () => this.CONSUME(T.AmpAmp) },
        { ALT: () => this.CONSUME(T.EqualEqual) },
        { ALT: () => this.CONSUME(T.BangEqual) },
        { ALT: () => this.CONSUME(T.Less) },
        { ALT: () => this.CONSUME3(T.Greater) },
        { ALT: () => this.CONSUME(T.LessEqual) },
        { ALT: () => this.CONSUME(T.GreaterEqual) },
        { ALT: () => this.CONSUME(T.Pipe) },
        { ALT: () => this.CONSUME(T.Caret) },
        { ALT: () => this.CONSUME(T.Amp) },
        { ALT: () => this.CONSUME(T.LessLess) },
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Percent) },
      ],
    });
  });

  // operand := ('!' | '&' | '&mut' | '*')* (('move' | 'copy') Identifier | primary postfixOp*)
  // primary := vectorLit | matchExp | literal | ifExp | whileExp | loopExp | block | labelled
  //          | returnExp | abortExp | breakExp | continueExp | paren | nameExp
  // Prefix operators are collected flat (not recursively) so long chains cost no stack, and
  // primary and postfix are inlined here: one rule per operand keeps the CST small.
  public operand = this.RULE('operand', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.Bang, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Amp, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.AmpMut, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Star, { LABEL: 'prefix' }) },
      ]),
    );
    this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR3([
              { ALT: () => this.CONSUME(T.Move, { LABEL: 'moveCopy' }) },
              { ALT: () => this.CONSUME(T.Copy, { LABEL: 'moveCopy' }) },
            ]);
            this.CONSUME(T.Identifier, { LABEL: 'var' });
          },
        },
        {
          GATE: () => this.isWord(1, 'vector') && (this.LA(2).tokenType === T.LBracket || (this.LA(2).tokenType === T.Less && this.LA(2).startOffset === tokenEnd(this.LA(1)))),
          ALT: () => this.SUBRULE(this.vectorLit),
        },
        { GATE: () => this.atMatch(), ALT: () => this.SUBRULE(this.matchExp) },
        { GATE: () => this.atLiteral(), ALT: () => this.SUBRULE(this.literal) },
        { ALT: () => this.SUBRULE(this.ifExp) },
        { ALT: () => this.SUBRULE(this.whileExp) },
        { ALT: () => this.SUBRULE(this.loopExp) },
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.labelled) },
        { ALT: () => this.SUBRULE(this.returnExp) },
        { ALT: () => this.SUBRULE(this.abortExp) },
        { ALT: () => this.SUBRULE(this.breakExp) },
        { ALT: () => this.SUBRULE(this.continueExp) },
        { ALT: () => this.SUBRULE(this.paren) },
        { ALT: () => this.SUBRULE(this.nameExp) },
      ],
    });
    this.MANY2(() => this.SUBRULE(this.postfixOp));
  });

  public postfixOp = this.RULE('postfixOp', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          this.OR2([
            { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'member' }) },
            { ALT: () => this.CONSUME(T.NumberLit, { LABEL: 'member' }) },
          ]);
          // A call follows only with `(`, `!` or type arguments touching the name.
          this.OPTION({
            GATE: () => this.LA(1).tokenType !== T.Less || this.adjacent(),
            DEF: () => {
              this.OPTION2(() => this.CONSUME(T.Bang, { LABEL: 'macro' }));
              this.OPTION3({ GATE: () => this.adjacentLess(), DEF: () => this.SUBRULE(this.typeArgs) });
              this.SUBRULE(this.callArgs);
            },
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket, { LABEL: 'index' });
          this.MANY7(() => {
            this.SUBRULE(this.exp, { LABEL: 'indices' });
            this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
          });
          this.CONSUME(T.RBracket);
        },
      },
    ]);
  });

  // callArgs := '(' exp,* ')'
  // (`..` is accepted for positional unpacks on the left of `=`, `P(a, ..) = p`; to-ast rejects
  // it anywhere else.)
  public callArgs = this.RULE('callArgs', () => {
    this.CONSUME(T.LParen);
    this.MANY7(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.exp, { LABEL: 'args' }) }, { ALT: () => this.CONSUME(T.DotDot, { LABEL: 'args' }) }]);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RParen);
  });

  // literal := Number | 'true' | 'false' | ByteString | HexString | '@' leadingAddress
  public literal = this.RULE('literal', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.ByteString) },
      { ALT: () => this.CONSUME(T.HexString) },
      {
        ALT: () => {
          this.CONSUME(T.At);
          this.SUBRULE(this.leadingAddress);
        },
      },
    ]);
  });

  // vectorLit := 'vector' typeArgs? '[' exp,* ']'
  public vectorLit = this.RULE('vectorLit', () => {
    this.CONSUME(T.Identifier, { LABEL: 'vectorKw' });
    this.OPTION(() => this.SUBRULE(this.typeArgs));
    this.CONSUME(T.LBracket);
    this.MANY7(() => {
      this.SUBRULE(this.exp, { LABEL: 'elements' });
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RBracket);
  });

  // nameExp := namePath ('!')? typeArgs? (callArgs | '{' fieldInit,* '}')?
  public nameExp = this.RULE('nameExp', () => {
    this.SUBRULE(this.namePath);
    this.OPTION(() => this.CONSUME(T.Bang, { LABEL: 'macro' }));
    this.OPTION2({ GATE: () => this.adjacentLess(), DEF: () => this.SUBRULE(this.typeArgs) });
    this.OPTION3(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.callArgs) },
        {
          ALT: () => {
            this.CONSUME(T.LCurly, { LABEL: 'pack' });
            this.MANY7(() => {
              this.SUBRULE(this.fieldInit);
              this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
            });
            this.CONSUME(T.RCurly);
          },
        },
      ]),
    );
  });

  // fieldInit := Identifier (':' exp)? | '..'      (`..` is rejected later, with a clear message)
  public fieldInit = this.RULE('fieldInit', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Identifier, { LABEL: 'name' });
          this.OPTION(() => {
            this.CONSUME(T.Colon);
            this.SUBRULE(this.exp);
          });
        },
      },
      { ALT: () => this.CONSUME(T.DotDot, { LABEL: 'rest' }) },
    ]);
  });

  // paren := '(' ')' | '(' exp (':' type | (',' exp?)+ )? ')'     (a trailing comma is allowed)
  public paren = this.RULE('paren', () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.exp, { LABEL: 'elements' });
      this.OPTION2(() =>
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.Colon, { LABEL: 'annotate' });
              this.SUBRULE(this.type);
            },
          },
          {
            ALT: () =>
              this.AT_LEAST_ONE(() => {
                this.CONSUME(T.Comma, { LABEL: 'commas' });
                this.OPTION3(() => this.SUBRULE2(this.exp, { LABEL: 'elements' }));
              }),
          },
        ]),
      );
    });
    this.CONSUME(T.RParen);
  });

  // branch := block | exp      (a block branch ends the branch: see the header comment)
  public branch = this.RULE('branch', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.LA(1).tokenType === T.LCurly, ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.exp) },
      ],
    });
  });

  // ifExp := 'if' '(' exp ')' branch ('else' branch)?
  public ifExp = this.RULE('ifExp', () => {
    this.CONSUME(T.If);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.exp, { LABEL: 'cond' });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.branch, { LABEL: 'then' });
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE2(this.branch, { LABEL: 'else' });
    });
  });

  // whileExp := 'while' '(' exp ')' branch
  public whileExp = this.RULE('whileExp', () => {
    this.CONSUME(T.While);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.exp, { LABEL: 'cond' });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.branch, { LABEL: 'body' });
  });

  // loopExp := 'loop' branch
  public loopExp = this.RULE('loopExp', () => {
    this.CONSUME(T.Loop);
    this.SUBRULE(this.branch, { LABEL: 'body' });
  });

  // labelled := BlockLabel ':' (whileExp | loopExp | block)
  public labelled = this.RULE('labelled', () => {
    this.CONSUME(T.BlockLabel);
    this.CONSUME(T.Colon);
    this.OR([
      { ALT: () => this.SUBRULE(this.whileExp) },
      { ALT: () => this.SUBRULE(this.loopExp) },
      { ALT: () => this.SUBRULE(this.block) },
    ]);
  });

  // returnExp := 'return' BlockLabel? exp?
  public returnExp = this.RULE('returnExp', () => {
    this.CONSUME(T.Return);
    this.OPTION(() => this.CONSUME(T.BlockLabel));
    this.OPTION2({ GATE: () => !this.atEndOfExp(), DEF: () => this.SUBRULE(this.exp) });
  });

  // abortExp := 'abort' exp?
  public abortExp = this.RULE('abortExp', () => {
    this.CONSUME(T.Abort);
    this.OPTION({ GATE: () => !this.atEndOfExp(), DEF: () => this.SUBRULE(this.exp) });
  });

  // breakExp := 'break' BlockLabel? exp?
  public breakExp = this.RULE('breakExp', () => {
    this.CONSUME(T.Break);
    this.OPTION(() => this.CONSUME(T.BlockLabel));
    this.OPTION2({ GATE: () => !this.atEndOfExp(), DEF: () => this.SUBRULE(this.exp) });
  });

  // continueExp := 'continue' BlockLabel?
  public continueExp = this.RULE('continueExp', () => {
    this.CONSUME(T.Continue);
    this.OPTION(() => this.CONSUME(T.BlockLabel));
  });

  // matchExp := 'match' '(' exp ')' '{' matchArm,* '}'
  public matchExp = this.RULE('matchExp', () => {
    this.CONSUME(T.Identifier, { LABEL: 'matchKw' });
    this.CONSUME(T.LParen);
    this.SUBRULE(this.exp, { LABEL: 'subject' });
    this.CONSUME(T.RParen);
    this.CONSUME(T.LCurly);
    this.MANY7(() => {
      this.SUBRULE(this.matchArm);
      this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
    });
    this.CONSUME(T.RCurly);
  });

  // matchArm := pattern ('if' '(' exp ')')? '=>' exp
  public matchArm = this.RULE('matchArm', () => {
    this.SUBRULE(this.pattern);
    this.OPTION(() => {
      this.CONSUME(T.If);
      this.CONSUME(T.LParen);
      this.SUBRULE(this.exp, { LABEL: 'guard' });
      this.CONSUME(T.RParen);
    });
    this.CONSUME(T.FatArrow);
    this.SUBRULE2(this.exp, { LABEL: 'body' });
  });

  // block := '{' (useDecl | seqEntry)* '}'
  public block = this.RULE('block', () => {
    this.CONSUME(T.LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.useDecl, { LABEL: 'entries' }) },
        { ALT: () => this.SUBRULE(this.seqEntry, { LABEL: 'entries' }) },
      ]),
    );
    this.CONSUME(T.RCurly);
  });

  // seqEntry := (letStmt | exp) ';'?      (a missing `;` is diagnosed in to-ast)
  public seqEntry = this.RULE('seqEntry', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.letStmt) }, { ALT: () => this.SUBRULE(this.exp) }]);
    this.OPTION(() => this.CONSUME(T.Semicolon));
  });

  // letStmt := 'let' pattern (':' type)? ('=' exp)?
  public letStmt = this.RULE('letStmt', () => {
    this.CONSUME(T.Let);
    this.SUBRULE(this.pattern);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Equal);
      this.SUBRULE(this.exp);
    });
  });

  // --- patterns -------------------------------------------------------------------------------

  // pattern := patternAtom ('|' patternAtom)*
  public pattern = this.RULE('pattern', () => {
    this.SUBRULE(this.patternAtom, { LABEL: 'alternatives' });
    this.MANY(() => {
      this.CONSUME(T.Pipe);
      this.SUBRULE2(this.patternAtom, { LABEL: 'alternatives' });
    });
  });

  // patternAtom := 'mut'? Identifier '@' patternAtom | 'mut' Identifier | literal
  //              | '(' pattern,* ')' | '..' | namePath typeArgs? ('(' pattern,* ')' | '{' fieldPattern,* '}')?
  public patternAtom = this.RULE('patternAtom', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () =>
            (this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === T.At) ||
            (this.isWord(1, 'mut') && this.LA(2).tokenType === T.Identifier && this.LA(3).tokenType === T.At),
          ALT: () => {
            this.OPTION({ GATE: () => this.isWord(1, 'mut'), DEF: () => this.CONSUME(T.Identifier, { LABEL: 'mut' }) });
            this.CONSUME2(T.Identifier, { LABEL: 'atName' });
            this.CONSUME(T.At);
            this.SUBRULE(this.patternAtom, { LABEL: 'inner' });
          },
        },
        {
          GATE: () => this.isWord(1, 'mut') && this.LA(2).tokenType === T.Identifier,
          ALT: () => {
            this.CONSUME3(T.Identifier, { LABEL: 'mut' });
            this.CONSUME4(T.Identifier, { LABEL: 'bindName' });
          },
        },
        { GATE: () => this.atLiteral(), ALT: () => this.SUBRULE(this.literal) },
        {
          ALT: () => {
            this.CONSUME(T.LParen, { LABEL: 'tuple' });
            this.MANY7(() => {
              this.SUBRULE(this.pattern, { LABEL: 'elements' });
              this.OPTION7(() => this.CONSUME7(T.Comma, { LABEL: 'sep' }));
            });
            this.CONSUME(T.RParen);
          },
        },
        { ALT: () => this.CONSUME(T.DotDot, { LABEL: 'rest' }) },
        {
          ALT: () => {
            this.SUBRULE(this.namePath);
            this.OPTION2(() => this.SUBRULE(this.typeArgs));
            this.OPTION3(() =>
              this.OR2([
                {
                  ALT: () => {
                    this.CONSUME2(T.LParen, { LABEL: 'positional' });
                    this.MANY8(() => {
                      this.SUBRULE2(this.pattern, { LABEL: 'elements' });
                      this.OPTION8(() => this.CONSUME8(T.Comma, { LABEL: 'sep' }));
                    });
                    this.CONSUME2(T.RParen);
                  },
                },
                {
                  ALT: () => {
                    this.CONSUME(T.LCurly, { LABEL: 'named' });
                    this.MANY9(() => {
                      this.SUBRULE(this.fieldPattern);
                      this.OPTION9(() => this.CONSUME9(T.Comma, { LABEL: 'sep' }));
                    });
                    this.CONSUME(T.RCurly);
                  },
                },
              ]),
            );
          },
        },
      ],
    });
  });

  // fieldPattern := 'mut' Identifier | Identifier (':' pattern)? | '..'
  public fieldPattern = this.RULE('fieldPattern', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isWord(1, 'mut') && this.LA(2).tokenType === T.Identifier,
          ALT: () => {
            this.CONSUME(T.Identifier, { LABEL: 'mut' });
            this.CONSUME2(T.Identifier, { LABEL: 'name' });
          },
        },
        {
          ALT: () => {
            this.CONSUME3(T.Identifier, { LABEL: 'name' });
            this.OPTION(() => {
              this.CONSUME(T.Colon);
              this.SUBRULE(this.pattern);
            });
          },
        },
        { ALT: () => this.CONSUME(T.DotDot, { LABEL: 'rest' }) },
      ],
    });
  });
}

export type { CstNode, IToken };
