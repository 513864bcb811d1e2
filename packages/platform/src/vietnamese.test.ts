import { describe, expect, it } from '@jest/globals';
import { foldVietnamese, vietnameseNameSortKey } from './vietnamese.js';

const sortVietnamese = (names: string[]) => [...names].sort((a, b) => (vietnameseNameSortKey(a) < vietnameseNameSortKey(b) ? -1 : 1));

describe('Vietnamese names', () => {
  it('folds tones and letter marks for search', () => {
    expect(foldVietnamese('Nguyễn Văn Hoạt')).toBe('nguyen van hoat');
    expect(foldVietnamese('  Đỗ   Thị Thu Hà ')).toBe('do thi thu ha');
    expect(foldVietnamese('Trương Ưng')).toBe('truong ung');
  });

  it('sorts by given name, then middle name, then family name', () => {
    expect(sortVietnamese(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Lê Thị An'])).toEqual(['Lê Thị An', 'Trần Thị An', 'Lê Văn An', 'Nguyễn Văn Bình']);
  });

  it('orders letters the Vietnamese way: a < ă < â < b, d < đ < e, o < ô < ơ, u < ư < v', () => {
    expect(sortVietnamese(['Lê Văn Ân', 'Lê Văn Bắc', 'Lê Văn Ăn', 'Lê Văn An'])).toEqual(['Lê Văn An', 'Lê Văn Ăn', 'Lê Văn Ân', 'Lê Văn Bắc']);
    expect(sortVietnamese(['Hồ Văn Đức', 'Hồ Văn Em', 'Hồ Văn Dũng'])).toEqual(['Hồ Văn Dũng', 'Hồ Văn Đức', 'Hồ Văn Em']);
    expect(sortVietnamese(['Vũ Thị Ơn', 'Vũ Thị Ông', 'Vũ Thị Oanh'])).toEqual(['Vũ Thị Oanh', 'Vũ Thị Ông', 'Vũ Thị Ơn']);
    expect(sortVietnamese(['Hà Văn Vy', 'Hà Văn Ưu', 'Hà Văn Uy'])).toEqual(['Hà Văn Uy', 'Hà Văn Ưu', 'Hà Văn Vy']);
  });

  it('lets letters decide before tones, and orders tones level, grave, hook, tilde, acute, dot', () => {
    expect(sortVietnamese(['Lê Văn Mạ', 'Lê Văn Má', 'Lê Văn Mã', 'Lê Văn Mả', 'Lê Văn Mà', 'Lê Văn Ma'])).toEqual(['Lê Văn Ma', 'Lê Văn Mà', 'Lê Văn Mả', 'Lê Văn Mã', 'Lê Văn Má', 'Lê Văn Mạ']);
    expect(sortVietnamese(['Lê Văn Mai', 'Lê Văn Mà'])).toEqual(['Lê Văn Mà', 'Lê Văn Mai']);
  });
});
