package org.entente.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The places the search benchmark's synthetic reports are about: fifty towns and ports watched by the exchange,
 * on four continents, each with its name as reports in each language write it. The locations of the generated
 * data cluster around them, and the search scenarios ask about them by name, box, radius and polygon.
 * <p>
 * Places are drawn with weights falling as 1/√rank, as reporting is: the first place gets about eight times the
 * reports of the last, so that the scenarios meet both busy and quiet towns.
 */
final class Gazetteer {

	static final List<Place> PLACES = List.of(
			new Place("Odesa", "Одесса", "أوديسا", "اودسا", 46.482, 30.723),
			new Place("Kharkiv", "Харьков", "خاركيف", "خارکیف", 49.993, 36.231),
			new Place("Mosul", "Мосул", "الموصل", "موصل", 36.340, 43.130),
			new Place("Baghdad", "Багдад", "بغداد", "بغداد", 33.315, 44.366),
			new Place("Tripoli", "Триполи", "طرابلس", "طرابلس", 32.887, 13.191),
			new Place("Aden", "Аден", "عدن", "عدن", 12.786, 45.019),
			new Place("Mariupol", "Мариуполь", "ماريوبول", "ماریوپل", 47.097, 37.543),
			new Place("Sevastopol", "Севастополь", "سيفاستوبول", "سواستوپل", 44.616, 33.525),
			new Place("Aleppo", "Алеппо", "حلب", "حلب", 36.202, 37.134),
			new Place("Basra", "Басра", "البصرة", "بصره", 30.508, 47.783),
			new Place("Hodeidah", "Ходейда", "الحديدة", "الحدیده", 14.798, 42.954),
			new Place("Kherson", "Херсон", "خيرسون", "خرسون", 46.636, 32.617),
			new Place("Bandar Abbas", "Бендер-Аббас", "بندر عباس", "بندرعباس", 27.183, 56.267),
			new Place("Benghazi", "Бенгази", "بنغازي", "بنغازی", 32.116, 20.067),
			new Place("Beirut", "Бейрут", "بيروت", "بیروت", 33.894, 35.502),
			new Place("Erbil", "Эрбиль", "أربيل", "اربیل", 36.191, 44.009),
			new Place("Novorossiysk", "Новороссийск", "نوفوروسيسك", "نووروسیسک", 44.724, 37.769),
			new Place("Tehran", "Тегеран", "طهران", "تهران", 35.689, 51.389),
			new Place("Herat", "Герат", "هرات", "هرات", 34.352, 62.204),
			new Place("Kabul", "Кабул", "كابول", "کابل", 34.555, 69.207),
			new Place("Djibouti", "Джибути", "جيبوتي", "جیبوتی", 11.589, 43.145),
			new Place("Mogadishu", "Могадишо", "مقديشو", "موگادیشو", 2.047, 45.318),
			new Place("Khartoum", "Хартум", "الخرطوم", "خارطوم", 15.500, 32.560),
			new Place("Port Said", "Порт-Саид", "بورسعيد", "پورت سعید", 31.265, 32.302),
			new Place("Alexandria", "Александрия", "الإسكندرية", "اسکندریه", 31.200, 29.918),
			new Place("Istanbul", "Стамбул", "إسطنبول", "استانبول", 41.008, 28.978),
			new Place("Batumi", "Батуми", "باتومي", "باتومی", 41.643, 41.640),
			new Place("Chabahar", "Чабахар", "تشابهار", "چابهار", 25.292, 60.643),
			new Place("Karachi", "Карачи", "كراتشي", "کراچی", 24.861, 67.010),
			new Place("Niamey", "Ниамей", "نيامي", "نیامی", 13.512, 2.113),
			new Place("Bamako", "Бамако", "باماكو", "باماکو", 12.639, -8.003),
			new Place("Tunis", "Тунис", "تونس", "تونس", 36.806, 10.181),
			new Place("Valletta", "Валлетта", "فاليتا", "والتا", 35.899, 14.514),
			new Place("Lampedusa", "Лампедуза", "لامبيدوزا", "لامپدوزا", 35.508, 12.600),
			new Place("Ceuta", "Сеута", "سبتة", "سبته", 35.889, -5.316),
			new Place("Marseille", "Марсель", "مرسيليا", "مارسی", 43.296, 5.370),
			new Place("Piraeus", "Пирей", "بيرايوس", "پیرئوس", 37.942, 23.646),
			new Place("Gdansk", "Гданьск", "غدانسك", "گدانسک", 54.352, 18.646),
			new Place("Kaliningrad", "Калининград", "كالينينغراد", "کالینینگراد", 54.710, 20.511),
			new Place("Tallinn", "Таллин", "تالين", "تالین", 59.437, 24.745),
			new Place("Murmansk", "Мурманск", "مورمانسك", "مورمانسک", 68.970, 33.075),
			new Place("Dakar", "Дакар", "داكار", "داکار", 14.716, -17.467),
			new Place("Lagos", "Лагос", "لاغوس", "لاگوس", 6.524, 3.379),
			new Place("Abidjan", "Абиджан", "أبيدجان", "آبیجان", 5.360, -4.008),
			new Place("Colombo", "Коломбо", "كولومبو", "کلمبو", 6.927, 79.861),
			new Place("Singapore", "Сингапур", "سنغافورة", "سنگاپور", 1.290, 103.850),
			new Place("Manila", "Манила", "مانيلا", "مانیل", 14.600, 120.984),
			new Place("Vladivostok", "Владивосток", "فلاديفوستوك", "ولادی‌وستوک", 43.116, 131.886),
			new Place("Caracas", "Каракас", "كاراكاس", "کاراکاس", 10.480, -66.904),
			new Place("Panama City", "Панама", "مدينة بنما", "پاناما", 8.983, -79.517));

	private static final double[] CUMULATIVE_WEIGHTS = Weights.cumulative(PLACES.size(), 0.5);

	private Gazetteer() {
	}

	static Place pick(SplittableRandom random) {
		return PLACES.get(Weights.pick(random, CUMULATIVE_WEIGHTS));
	}

	/**
	 * A town or port, with its name in Latin script (English and French reports), Cyrillic, Arabic and Persian.
	 */
	record Place(String name, String russian, String arabic, String persian, double latitude, double longitude) {

		String nameIn(String language) {
			return switch (language) {
				case "ru" -> this.russian;
				case "ar" -> this.arabic;
				case "fa" -> this.persian;
				default -> this.name;
			};
		}

	}

}
